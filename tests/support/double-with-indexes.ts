// The cloud-db double that also knows the indexes of the uploads, content-hold and export-file collections (declared beside their
// adapters), on top of the project's declared indexes when the double checks them.
import * as double from './cloud-db-double'
import type { IndexSpec } from '../../cloudfunctions/src/adapters/cloud-db/indexes'
import { UPLOADS_COLLECTION, UPLOADS_INDEXES } from '../../cloudfunctions/src/adapters/wechat/cloud-file-storage'
import { CONTENT_COLLECTIONS, CONTENT_REVIEW_INDEXES } from '../../cloudfunctions/src/adapters/wechat/content-security'
import { EXPORT_FILES_COLLECTION, EXPORT_FILES_INDEXES } from '../../cloudfunctions/src/adapters/wechat/cloud-export-files'

export const PLATFORM_INDEXES: Record<string, IndexSpec[]> = {
  [UPLOADS_COLLECTION]: UPLOADS_INDEXES,
  [CONTENT_COLLECTIONS.reviews]: CONTENT_REVIEW_INDEXES,
  [EXPORT_FILES_COLLECTION]: EXPORT_FILES_INDEXES,
}

export function doubleWithIndexes(): double.CloudDbDouble {
  const declared = (double as unknown as { declaredIndexes?: () => Record<string, unknown> }).declaredIndexes?.() ?? {}
  return new double.CloudDbDouble({ indexes: { ...declared, ...PLATFORM_INDEXES } } as never)
}

// Directory records <-> documents: the record's id is the doc _id; the other fields are stored as they are.
import type { DocData, StoredDoc } from './database-api'
import { compact, withoutId } from './doc-helpers'

export function directoryToDoc(record: { id: string }): DocData {
  return withoutId(record)
}

/** System fields (`_id`, `_openid`, …) are not part of the record. */
export function directoryFromDoc<T extends { id: string }>(doc: StoredDoc): T {
  const record: Record<string, unknown> = { id: doc._id }
  for (const [key, value] of Object.entries(doc)) {
    if (!key.startsWith('_')) record[key] = value
  }
  return compact(record) as T
}

// The cloud database's collections and the indexes the console must create (from cloud-db/indexes.ts, the message
// stores, uploads and content holds). createCollections is safe to run again: an existing collection is reported, not
// changed. Indexes cannot be made from a function (console, or the server API updateIndex): they are a checklist.
import type { CollectionsReport, DatabaseSetup, IndexChecklistItem } from '../../../../src/core/ports/database-setup'
import { COLLECTIONS } from '../cloud-db/collections'
import { CLOUD_DB_INDEXES, type IndexSpec } from '../cloud-db/indexes'
import { MESSAGE_COLLECTIONS, MESSAGE_COLLECTION_INDEXES } from './cloud-db-message-stores'
import { UPLOADS_COLLECTION, UPLOADS_INDEXES } from './cloud-file-storage'
import { CONTENT_COLLECTIONS, CONTENT_REVIEW_INDEXES } from './content-security'
import { EXPORT_FILES_COLLECTION, EXPORT_FILES_INDEXES } from './cloud-export-files'

export const ALL_COLLECTIONS: string[] = [
  ...Object.values(COLLECTIONS),
  ...Object.values(MESSAGE_COLLECTIONS),
  UPLOADS_COLLECTION,
  ...Object.values(CONTENT_COLLECTIONS),
  EXPORT_FILES_COLLECTION,
]

type AnyIndex = { name: string; fields: ReadonlyArray<string | { field: string; direction: string }>; unique?: boolean; usedBy: string }

export function indexChecklist(): IndexChecklistItem[] {
  const lists: Record<string, ReadonlyArray<AnyIndex>> = {
    ...(CLOUD_DB_INDEXES as Record<string, IndexSpec[]>),
    ...(MESSAGE_COLLECTION_INDEXES as unknown as Record<string, AnyIndex[]>),
    [UPLOADS_COLLECTION]: UPLOADS_INDEXES,
    [CONTENT_COLLECTIONS.reviews]: CONTENT_REVIEW_INDEXES,
    [EXPORT_FILES_COLLECTION]: EXPORT_FILES_INDEXES,
  }
  return Object.entries(lists).flatMap(([collection, specs]) =>
    specs.map((spec) => ({
      collection,
      name: spec.name,
      fields: spec.fields.map((f) => (typeof f === 'string' ? f : `${f.field} ${f.direction}`)).join(', '),
      unique: spec.unique === true,
      usedBy: spec.usedBy,
    })),
  )
}

export interface CollectionMaker {
  createCollection(name: string): Promise<unknown>
}

/** The SDK rejects createCollection of an existing collection (DATABASE_COLLECTION_ALREADY_EXIST, errCode -501001). */
function alreadyExists(error: unknown): boolean {
  const { errCode, errMsg, message } = (error ?? {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown }
  return errCode === -501001 || /already ?exist/i.test(String(errMsg ?? message ?? ''))
}

export function createCloudDatabaseSetup(db: CollectionMaker): DatabaseSetup {
  return {
    async createCollections() {
      const report: CollectionsReport = { created: [], existing: [], failed: [] }
      for (const name of ALL_COLLECTIONS) {
        try {
          await db.createCollection(name)
          report.created.push(name)
        } catch (error) {
          if (alreadyExists(error)) report.existing.push(name)
          else {
            const e = error as { errCode?: unknown; errMsg?: unknown; message?: unknown }
            report.failed.push({ name, errMsg: `${e.errCode ?? ''} ${String(e.errMsg ?? e.message ?? error)}`.trim() })
          }
        }
      }
      return report
    },
    indexChecklist,
  }
}

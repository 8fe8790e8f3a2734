// Small helpers over the database API: missing documents, undefined fields, reading a whole (small) list.
import type { CloudDatabase, DocData, QueryCondition, StoredDoc } from './database-api'
import { PAGE_SIZE } from './collections'

/** True for the SDK's "document.get:fail document with _id … does not exist" rejection. */
export function isNotFound(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null && 'errMsg' in error ? String((error as { errMsg: unknown }).errMsg) : String(error)
  return message.includes('does not exist')
}

/** doc(id).get() that answers undefined for a missing document (works inside and outside transactions). */
export async function getOrUndefined(ref: { get(): Promise<{ data: StoredDoc }> }): Promise<StoredDoc | undefined> {
  try {
    const { data } = await ref.get()
    return data ?? undefined
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
}

/** A copy without undefined or null fields (the database would store null; the domain wants absent). */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined && field !== null) out[key] = field
  }
  return out as T
}

/** Every document matching `condition`, ordered by _id, read PAGE_SIZE at a time by _id range (no skip). */
export async function fetchAll(db: CloudDatabase, collection: string, condition: QueryCondition): Promise<StoredDoc[]> {
  const _ = db.command
  const all: StoredDoc[] = []
  let lastId: string | undefined
  for (;;) {
    const where = lastId === undefined ? condition : _.and([condition, { _id: _.gt(lastId) }])
    const { data } = await db.collection(collection).where(where).orderBy('_id', 'asc').limit(PAGE_SIZE).get()
    all.push(...data)
    if (data.length < PAGE_SIZE) return all
    lastId = data[data.length - 1]._id
  }
}

/** Document data without its id (set/update reject an `_id` field). */
export function withoutId(record: { id: string }): DocData {
  const data: DocData = { ...record }
  delete data.id
  return compact(data)
}

// One page of documents in (field, _id) order, by range: fetches limit + 1 to know whether a next page exists.
import type { CloudDatabase, QueryCondition, StoredDoc } from './database-api'
import { checkLimit, decodeCursor, encodeCursor } from '../shared/cursor'

export interface PageRequest {
  collection: string
  conditions: QueryCondition[]
  /** Sort field; `_id` breaks ties in the same direction. */
  field: string
  direction: 'asc' | 'desc'
  limit: number
  cursor?: string
}

export async function fetchPage(db: CloudDatabase, request: PageRequest): Promise<{ docs: StoredDoc[]; nextCursor?: string }> {
  checkLimit(request.limit)
  const _ = db.command
  const conditions = [...request.conditions]
  if (request.cursor !== undefined) {
    const after = decodeCursor(request.cursor)
    const beyond = (value: string) => (request.direction === 'desc' ? _.lt(value) : _.gt(value))
    conditions.push(_.or([{ [request.field]: beyond(after.key) }, { [request.field]: after.key, _id: beyond(after.id) }]))
  }
  const { data } = await db
    .collection(request.collection)
    .where(_.and(conditions))
    .orderBy(request.field, request.direction)
    .orderBy('_id', request.direction)
    .limit(request.limit + 1)
    .get()
  const docs = data.slice(0, request.limit)
  if (data.length <= request.limit) return { docs }
  const last = docs[docs.length - 1]
  return { docs, nextCursor: encodeCursor({ key: String(readPath(last, request.field)), id: last._id }) }
}

/** A field's value by dot path (e.g. 'meeting.date'). */
function readPath(doc: StoredDoc, path: string): unknown {
  let value: unknown = doc
  for (const part of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined
  return value
}

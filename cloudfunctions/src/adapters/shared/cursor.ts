// Opaque range-pagination cursor shared by both database adapters: base64url of "<sort key>|<id>".

export interface CursorPosition {
  key: string
  id: string
}

/** A cursor the client sent back altered or from another list; the dispatcher answers INVALID_INPUT. */
export class InvalidCursorError extends RangeError {}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(`${position.key}|${position.id}`, 'utf8').toString('base64url')
}

/** Every list is ordered by a date or an instant (createdAt, dueAt, updatedAt, publishedAt, meeting.date). */
const KEY = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/
const ID = /^[^|\s]{1,128}$/

export function decodeCursor(cursor: string): CursorPosition {
  const text = Buffer.from(cursor, 'base64url').toString('utf8')
  const bar = text.indexOf('|')
  const position = { key: text.slice(0, bar), id: text.slice(bar + 1) }
  if (bar <= 0 || !KEY.test(position.key) || !ID.test(position.id) || encodeCursor(position) !== cursor) throw new InvalidCursorError(`invalid cursor: ${cursor}`)
  return position
}

export function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RangeError(`limit must be 1..100, got ${limit}`)
}

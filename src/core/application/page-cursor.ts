// Cursors handed to a caller are sealed to the list they came from: the caller, the list and its group or
// community. A cursor from another list or another caller is refused (INVALID_INPUT) before any query runs, so it
// can never start a read elsewhere (issue 12). The seal is a checksum, not a secret: scopes are still enforced by
// the queries themselves.
import { fail, type Failure } from '../contracts/result'

export const FOREIGN_CURSOR_MESSAGE = '翻页位置无效：它属于另一个列表或另一位用户，请刷新列表后再试'
export const BROKEN_CURSOR_MESSAGE = '翻页位置无效，请刷新列表后再试'

/** FNV-1a, 32 bits, as 7 base-36 characters. */
function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36).padStart(7, '0')
}

/** What a cursor belongs to: the caller and the list (with its group or community). */
export function cursorOwner(userId: string, list: string, detail = ''): string {
  return `${userId}\u0000${list}\u0000${detail}`
}

export function sealCursor(owner: string, cursor: string | undefined): string | undefined {
  return cursor === undefined ? undefined : `${checksum(owner)}.${cursor}`
}

/** The repository's cursor inside a sealed one, or a failure when it was sealed for another list or caller. */
export function openCursor(owner: string, sealed: string | undefined): { cursor?: string } | Failure {
  if (sealed === undefined) return {}
  const dot = sealed.indexOf('.')
  if (dot !== 7 || dot === sealed.length - 1 || !/^[0-9a-z]{7}$/.test(sealed.slice(0, dot))) return fail('INVALID_INPUT', BROKEN_CURSOR_MESSAGE, 'cursor')
  if (sealed.slice(0, dot) !== checksum(owner)) return fail('INVALID_INPUT', FOREIGN_CURSOR_MESSAGE, 'cursor')
  return { cursor: sealed.slice(dot + 1) }
}

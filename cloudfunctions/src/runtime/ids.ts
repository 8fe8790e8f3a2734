// Unique ids for cases, events and files: 32 lowercase hex characters (URL- and cloud-id-safe). The first 12 are the
// creation time in milliseconds, the other 20 are random (80 bits: unguessable, like a random UUID). Ids made later
// sort later, so a new row lands at the right edge of every index keyed by id instead of on a random page: a submit
// writes a few shared pages rather than one page per id index (issue 12).
import { randomBytes } from 'node:crypto'
import type { IdGenerator } from '../../../src/core/ports/ids'

export function timeOrderedId(now = Date.now()): string {
  return now.toString(16).padStart(12, '0').slice(-12) + randomBytes(10).toString('hex')
}

export const uniqueIds: IdGenerator = { next: () => timeOrderedId() }

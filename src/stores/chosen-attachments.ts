// Photos and recordings just chosen on the phone, made into attachments of a draft, an intake or an action form:
// each gets its own idempotency key once, so every retry of its upload is the same file to the server.
import { LIMITS } from '@core/contracts/functions'
import { newIdempotencyKey } from '@/services/idempotency'
import type { DraftAttachment, NewAttachment } from './types'

export type LocalAttachment = Omit<DraftAttachment, 'status' | 'error'>

/** As many of `files` as still fit beside `alreadyThere` (≤ 9 in all), each with its key and the time it was added. */
export function newAttachments(files: NewAttachment[], alreadyThere: number): LocalAttachment[] {
  const room = Math.max(0, LIMITS.attachments - alreadyThere)
  return files.slice(0, room).map((file) => ({
    idempotencyKey: newIdempotencyKey(file.kind === 'image' ? 'img' : 'voice'),
    kind: file.kind,
    name: file.name,
    contentType: file.contentType,
    filePath: file.filePath,
    createdAt: new Date().toISOString(),
    ...(file.durationMs !== undefined ? { durationMs: file.durationMs } : {}),
  }))
}

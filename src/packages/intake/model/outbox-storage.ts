// What the phone keeps of the outbox, and reading it back: an intake that was being sent when the app closed waits
// again (its key is the same, so the server never makes a second case); one whose file could not be kept fails with
// a message instead of waiting forever; sent ones are kept (the last few) so the worker still sees their numbers.
import type { IntakeFile, OutboxItem } from './types'

const KEEP_SENT = 10

export const LOST_FILE_MESSAGE = '照片或录音没能存在手机上（应用被关闭过），请点“修改”重新添加后再发送'

export function persistedOutbox(items: OutboxItem[]): OutboxItem[] {
  const sent = items.filter((item) => item.state === 'sent').slice(-KEEP_SENT)
  return items.filter((item) => item.state !== 'sent' || sent.includes(item))
}

function isFile(value: unknown): value is IntakeFile {
  const file = value as Partial<IntakeFile> | null
  return typeof file === 'object' && file !== null && typeof file.idempotencyKey === 'string' && (file.kind === 'image' || file.kind === 'audio') && typeof file.filePath === 'string'
}

function isItem(value: unknown): value is OutboxItem {
  const item = value as Partial<OutboxItem> | null
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof item.idempotencyKey === 'string' &&
    typeof item.ownerId === 'string' &&
    typeof item.input === 'object' &&
    item.input !== null &&
    Array.isArray(item.files) &&
    item.files.every(isFile) &&
    ['waiting', 'sending', 'sent', 'failed'].includes(String(item.state))
  )
}

export function restoreOutbox(stored: unknown): OutboxItem[] {
  if (!Array.isArray(stored)) return []
  return stored.filter(isItem).map((item) => {
    if (item.state === 'sending') item = { ...item, state: 'waiting' }
    const lost = item.state !== 'sent' && item.files.some((file) => !file.fileId && file.durable === false)
    return lost ? { ...item, state: 'failed', error: LOST_FILE_MESSAGE } : item
  })
}

// Attachments are private files: the server accepts only the caller's own uploads of this environment, marks them
// attached (so the daily clean-up keeps them) and shows them through short-lived links to callers allowed to see the case.
import type { Deps } from '../ports'
import type { Attachment } from '../domain/case'
import type { CaseDetail } from '../contracts/views'
import { fail, ok, type Result } from '../contracts/result'

export const INVALID_ATTACHMENT = '附件无效，请重新上传'
/** Uploads never attached to a case are removed after this long. */
export const UNUSED_UPLOAD_MS = 24 * 60 * 60 * 1000

export function attachmentsOf(input: unknown): Attachment[] {
  const list = (input as { attachments?: unknown } | null)?.attachments
  return Array.isArray(list) ? (list as Attachment[]) : []
}

/** Every attachment must be the caller's own upload (`openid`); the timer (no caller) attaches nothing. */
export async function checkAttachments(deps: Deps, openid: string | undefined, attachments: readonly Attachment[]): Promise<Result<void>> {
  if (attachments.length === 0 || !deps.files) return ok(undefined)
  for (const item of attachments) {
    if (!openid || !(await deps.files.isOwnUpload(item.fileId, openid))) return fail('INVALID_INPUT', INVALID_ATTACHMENT, 'attachments')
  }
  return ok(undefined)
}

export async function markAttached(deps: Deps, attachments: readonly Attachment[]): Promise<void> {
  if (attachments.length === 0 || !deps.files) return
  await deps.files.markAttached(attachments.map((a) => a.fileId), deps.clock.now().toISOString())
}

/** The case's and its timeline's attachments with view links (one batch for all of them). */
export async function withViewUrls(deps: Deps, detail: CaseDetail): Promise<CaseDetail> {
  if (!deps.files) return detail
  const lists = [detail.case.attachments ?? [], ...detail.timeline.map((e) => e.attachments ?? [])]
  const ids = [...new Set(lists.flat().map((a) => a.fileId))]
  if (ids.length === 0) return detail
  const urls = await deps.files.viewUrls(ids)
  const link = (items: Attachment[] | undefined) => items?.map((a) => (urls[a.fileId] ? { ...a, url: urls[a.fileId] } : a))
  return {
    case: { ...detail.case, attachments: link(detail.case.attachments) ?? [] },
    timeline: detail.timeline.map((e) => (e.attachments?.length ? { ...e, attachments: link(e.attachments)! } : e)),
  }
}

/** The daily clean-up: uploads older than a day that no case uses. */
export async function cleanupUploads(deps: Deps): Promise<Result<{ removed: number }>> {
  if (!deps.files) return ok({ removed: 0 })
  const before = new Date(deps.clock.now().getTime() - UNUSED_UPLOAD_MS).toISOString()
  return ok({ removed: await deps.files.removeUnused(before, 500) })
}

export interface PrepareUploadInput {
  idempotencyKey: string
  name: string
  createdAt?: string
}

/**
 * WeChat: where the caller's next upload goes (cases/<Shanghai date>/<key>.<ext>), recorded as theirs before the
 * client uploads. The same key answers the same path; a key another caller holds answers INVALID_INPUT.
 */
export async function prepareUpload(deps: Deps, openid: string | undefined, input: PrepareUploadInput): Promise<Result<{ cloudPath: string }>> {
  if (!openid || !deps.files?.reserveUpload) return fail('INVALID_INPUT', '这里请直接上传文件', 'action')
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(input.idempotencyKey)) return fail('INVALID_INPUT', '缺少上传编号，请重试', 'idempotencyKey')
  const extension = /\.(jpe?g|png|webp|gif|mp3|aac|m4a)$/i.exec(input.name)?.[0].toLowerCase() ?? ''
  if (!extension) return fail('INVALID_INPUT', '只能上传图片或录音', 'name')
  const at = input.createdAt && !Number.isNaN(Date.parse(input.createdAt)) ? input.createdAt : deps.clock.now().toISOString()
  const cloudPath = await deps.files.reserveUpload(openid, input.idempotencyKey, extension, at)
  return cloudPath ? ok({ cloudPath }) : fail('INVALID_INPUT', INVALID_ATTACHMENT, 'idempotencyKey')
}

// Content security: texts residents write (at submit) and texts the 公示栏 shows (the published result) are checked.
// `review` / `risky` hold the text back from the board (it shows 内容审核中) and send the case to staff review with
// the reason: a notice to the community's staff and a hold on the case, shown on the case page to staff. Nothing a
// resident said is dropped: the case, its text and its timeline stay as they were.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { CaseRecord } from '../domain/case'
import type { ContentCheckResult, ContentHold, ContentScene, HeldField } from '../ports/content-check'
import { notifyUsers, responsibleUsers } from './notices'
import { canView } from '../domain/permissions'
import { fail, ok, type Result } from '../contracts/result'

export const HELD_TEXT = '内容审核中'
const FIELD_LABELS: Record<HeldField, string> = { text: '说事内容', publishedResult: '公示的办理结果', image: '照片' }

export async function checkText(deps: Deps, text: string, scene: ContentScene): Promise<ContentCheckResult> {
  return deps.contentCheck ? deps.contentCheck.check(text, scene) : { verdict: 'pass' }
}

/** After a checked text was saved: a flagged one is held back from the board and the community's staff told, once; a text that passes lifts an earlier hold of that field. */
export async function holdForReview(deps: Deps, item: CaseRecord, field: HeldField, result: ContentCheckResult, fileId?: string): Promise<void> {
  if (!deps.contentReviews || !deps.contentCheck) return
  if (result.verdict === 'pass') {
    if (field !== 'image') await deps.contentReviews.release(item.id, field)
    return
  }
  const reason = result.reason ?? (result.verdict === 'risky' ? '内容可能违规' : '内容需要人工复核')
  const held = await deps.contentReviews.hold({ caseId: item.id, field, verdict: result.verdict, reason, at: deps.clock.now().toISOString(), ...(fileId ? { fileId } : {}) })
  if (!held) return
  const staff = (await responsibleUsers(deps, item, 'staff')).map((u) => u.id)
  const tail = field === 'image' ? '照片需要审核' : `${FIELD_LABELS[field]}暂不在公示栏显示，请审核`
  await notifyUsers(deps, item, staff, 'contentReview', `${FIELD_LABELS[field]}待审核：${reason}`, { tail, values: { note: reason } })
}

/** What staff see on the case page: the holds of the case (others see none). */
export async function holdsForViewer(deps: Deps, actor: Actor, caseId: string): Promise<ContentHold[] | undefined> {
  if (!deps.contentReviews || (actor.role !== 'staff' && actor.role !== 'admin')) return undefined
  const holds = await deps.contentReviews.listForCases([caseId])
  return holds.length > 0 ? holds : undefined
}

/** The board's entries with held texts replaced by 内容审核中 (one read for the page). */
export async function holdBackFromBoard<T extends { id: string; summary: string; publishedResult: string }>(deps: Deps, entries: T[]): Promise<T[]> {
  if (!deps.contentReviews || entries.length === 0) return entries
  const holds = await deps.contentReviews.listForCases(entries.map((e) => e.id))
  if (holds.length === 0) return entries
  const held = new Set(holds.map((h) => `${h.caseId}:${h.field}`))
  return entries.map((e) => ({
    ...e,
    ...(held.has(`${e.id}:text`) ? { summary: HELD_TEXT } : {}),
    ...(held.has(`${e.id}:publishedResult`) ? { publishedResult: HELD_TEXT } : {}),
  }))
}

/** Staff (and admins) in scope lift a hold after reviewing: the text shows on the board again. */
export async function releaseContent(deps: Deps, actor: Actor, input: { caseId: string; field: HeldField }): Promise<Result<{ released: number }>> {
  if (actor.role !== 'staff' && actor.role !== 'admin') return fail('FORBIDDEN', '只有社区工作人员可以审核内容')
  const item = await deps.repos.cases.get(input.caseId)
  if (!item || !canView(actor, item)) return fail('CASE_NOT_FOUND', '找不到这件事项，或它不在您的管辖范围内', 'caseId')
  return ok({ released: deps.contentReviews ? await deps.contentReviews.release(item.id, input.field) : 0 })
}

/** Photos of a new case go to the platform's asynchronous image check, where there is one. */
export async function checkImages(deps: Deps, item: CaseRecord): Promise<void> {
  const check = deps.contentCheck?.checkImage
  if (!check) return
  for (const file of item.attachments ?? []) if (file.kind === 'image') await check(file.fileId, { caseId: item.id })
}

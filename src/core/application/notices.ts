// Notices about a case, in short Chinese, and who is responsible for it. Every notice carries template values
// (case number, summary, unit, times); the rules of who hears about which change are in after-change-notices.ts.
import type { Deps } from '../ports'
import type { CaseRecord } from '../domain/case'
import type { NoticeKind } from '../domain/notice-kinds'
import type { Role } from '../domain/roles'
import type { Notice } from '../ports/notifier'
import { STATUS_LABELS } from '../domain/case-status'

export interface NoticeDetail {
  /** Template values beyond the case's own (they win over those). */
  values?: Notice['values']
  /** Said after the case number and summary in the body, e.g. 议事会：12月15日，居民说事厅. */
  tail?: string
}

export function summary(item: Pick<CaseRecord, 'text'>): string {
  const text = Array.from(item.text)
  return text.length > 20 ? text.slice(0, 19).join('') + '…' : item.text
}

/** A notice about a case, with the values subscription templates draw on. */
export async function caseNotice(deps: Deps, item: CaseRecord, userId: string, kind: NoticeKind, title: string, detail: NoticeDetail = {}): Promise<Notice> {
  const unit = item.unitId ? await deps.repos.directory.getUnit(item.unitId) : undefined
  const referral = item.referral?.to
  return {
    userId,
    kind,
    caseId: item.id,
    title,
    body: `${item.caseNo}：${summary(item)}${detail.tail ? `。${detail.tail}` : ''}`,
    values: {
      caseNo: item.caseNo,
      summary: summary(item),
      status: STATUS_LABELS[item.status],
      time: deps.clock.now().toISOString(),
      ...(item.dueAt ? { dueAt: item.dueAt } : {}),
      ...(unit || referral ? { unit: unit?.name ?? referral } : {}),
      ...(item.meeting ? { place: item.meeting.place } : {}),
      ...(item.publishedResult ? { note: item.publishedResult } : item.referral ? { note: item.referral.reason } : {}),
      ...detail.values,
    },
  }
}

/** The same notice about a case for each of the users, once each. */
export async function caseNotices(deps: Deps, item: CaseRecord, userIds: readonly string[], kind: NoticeKind, title: string, detail: NoticeDetail = {}): Promise<Notice[]> {
  const users = [...new Set(userIds)]
  if (users.length === 0) return []
  const notice = await caseNotice(deps, item, users[0], kind, title, detail)
  return users.map((userId) => ({ ...notice, userId }))
}

/** Send the same notice about a case to each of the users, once each. */
export async function notifyUsers(deps: Deps, item: CaseRecord, userIds: readonly string[], kind: NoticeKind, title: string, detail: NoticeDetail = {}): Promise<void> {
  for (const notice of await caseNotices(deps, item, userIds, kind, title, detail)) await deps.notifier.notify(notice)
}

/** The users of a role responsible for a case: its unit's handlers, its grid's workers, its community's staff or supervisors. */
export async function responsibleUsers(deps: Deps, item: CaseRecord, role: Extract<Role, 'handler' | 'gridWorker' | 'staff' | 'supervisor'>) {
  const users = await deps.repos.users.listByRole(item.streetId, role)
  return users.filter((u) => {
    if (role === 'handler') return !!item.unitId && u.unitId === item.unitId
    if (role === 'gridWorker') return u.communityId === item.communityId && !!item.gridId && (u.gridIds ?? []).includes(item.gridId)
    return u.communityId === item.communityId
  })
}

/** Staff on duty today (Beijing weekday) by the community's roster; all its staff when nobody is listed. */
export async function staffOnDuty(deps: Deps, item: CaseRecord) {
  const staff = await responsibleUsers(deps, item, 'staff')
  const community = await deps.repos.directory.getCommunity(item.communityId)
  const weekday = String(((new Date(deps.clock.now().getTime() + 8 * 3600000).getUTCDay() + 6) % 7) + 1)
  const onDuty = new Set(community?.dutyRoster?.[weekday] ?? [])
  const listed = staff.filter((u) => onDuty.has(u.id))
  return listed.length > 0 ? listed : staff
}

/** An urgent case skips the queue: the staff on duty hear at once, and so do the workers of its grid (nearest to it). */
export async function notifyUrgent(deps: Deps, item: CaseRecord): Promise<void> {
  const reasons = item.suggestion?.urgentReasons.join('、')
  const staff = (await staffOnDuty(deps, item)).map((u) => u.id)
  const gridWorkers = (await responsibleUsers(deps, item, 'gridWorker')).map((u) => u.id).filter((id) => id !== item.submittedBy)
  await notifyUsers(deps, item, [...staff, ...gridWorkers], 'urgent', '紧急事项，请立即处置', reasons ? { values: { note: reasons } } : {})
}

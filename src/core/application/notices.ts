// Who hears about what, in short Chinese. Every notice carries template values (case number, summary, unit, times).
import type { Deps } from '../ports'
import type { CaseRecord } from '../domain/case'
import type { CaseAction } from '../domain/transitions'
import type { NoticeKind } from '../domain/notice-kinds'
import type { Role } from '../domain/roles'
import type { Notice } from '../ports/notifier'
import { STATUS_LABELS } from '../domain/case-status'

const PETITIONER_NOTICES: Partial<Record<CaseAction, { kind: NoticeKind; title: string }>> = {
  triage: { kind: 'accepted', title: '您说的事已受理' },
  putOnAgenda: { kind: 'onAgenda', title: '您说的事已列入议事会' },
  assign: { kind: 'assigned', title: '您说的事已交办' },
  publish: { kind: 'completedAwaitingRating', title: '您说的事已办结，请评价' },
  rateUnsatisfied: { kind: 'reopened', title: '您说的事已安排重新办理' },
  rateUnsatisfiedRetriage: { kind: 'reopened', title: '您说的事已退回社区重新受理' },
  refer: { kind: 'referred', title: '您说的事已转交相关部门' },
}

export function summary(item: CaseRecord): string {
  const text = Array.from(item.text)
  return text.length > 20 ? text.slice(0, 19).join('') + '…' : item.text
}

/** A notice about a case, with the values subscription templates draw on. */
export async function caseNotice(deps: Deps, item: CaseRecord, userId: string, kind: NoticeKind, title: string, extra: Notice['values'] = {}): Promise<Notice> {
  const unit = item.unitId ? await deps.repos.directory.getUnit(item.unitId) : undefined
  const referral = item.referral?.to
  return {
    userId,
    kind,
    caseId: item.id,
    title,
    body: `${item.caseNo}：${summary(item)}`,
    values: {
      caseNo: item.caseNo,
      summary: summary(item),
      status: STATUS_LABELS[item.status],
      time: deps.clock.now().toISOString(),
      ...(item.dueAt ? { dueAt: item.dueAt } : {}),
      ...(unit || referral ? { unit: unit?.name ?? referral } : {}),
      ...(item.meeting ? { place: item.meeting.place } : {}),
      ...(item.publishedResult ? { note: item.publishedResult } : item.referral ? { note: item.referral.reason } : {}),
      ...extra,
    },
  }
}

/** The users of a role responsible for a case: its unit's handlers, its community's staff or supervisors. */
export async function responsibleUsers(deps: Deps, item: CaseRecord, role: Extract<Role, 'handler' | 'staff' | 'supervisor'>) {
  const users = await deps.repos.users.listByRole(item.streetId, role)
  return users.filter((u) => (role === 'handler' ? !!item.unitId && u.unitId === item.unitId : u.communityId === item.communityId))
}

/** Tell the petitioner and the people who must act next. */
export async function notifyAfterChange(deps: Deps, item: CaseRecord, action: CaseAction): Promise<void> {
  const forPetitioner = PETITIONER_NOTICES[action]
  if (forPetitioner && item.petitioner.userId) {
    await deps.notifier.notify(await caseNotice(deps, item, item.petitioner.userId, forPetitioner.kind, forPetitioner.title))
  }
  if (action === 'assign' || action === 'rateUnsatisfied' || action === 'followUpUnsatisfied') {
    const title = action === 'assign' ? '新交办事项' : '事项需重新办理'
    for (const handler of await responsibleUsers(deps, item, 'handler')) {
      await deps.notifier.notify(await caseNotice(deps, item, handler.id, 'newAssignment', title))
    }
  }
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

/** An urgent case skips the queue: the staff on duty hear at once. */
export async function notifyUrgent(deps: Deps, item: CaseRecord): Promise<void> {
  const reasons = item.suggestion?.urgentReasons.join('、')
  for (const member of await staffOnDuty(deps, item)) {
    await deps.notifier.notify(await caseNotice(deps, item, member.id, 'urgent', '紧急事项，请立即处置', reasons ? { note: reasons } : {}))
  }
}

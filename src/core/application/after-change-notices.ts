// Who hears about a workflow change: the petitioner (when they have the app), the handling unit, the community's
// staff, and whoever owes a petitioner without the app a 回访. One rule per audience of an action; each says which
// kind of notice and what it tells.
import type { Deps } from '../ports'
import type { CaseEvent, CaseRecord } from '../domain/case'
import type { CaseAction } from '../domain/transitions'
import type { NoticeKind } from '../domain/notice-kinds'
import { ratedByFollowUp } from '../domain/permissions'
import { meetingDayLabel, meetingInstant } from '../domain/meeting'
import { notifyUsers, responsibleUsers, type NoticeDetail } from './notices'

/** followUp: for a petitioner without the app, the grid worker who typed a door-to-door case in, else staff. */
type Audience = 'petitioner' | 'handlers' | 'staff' | 'followUp'

interface NoticeRule {
  to: Audience
  kind: NoticeKind
  title: string
  detail?: (deps: Deps, item: CaseRecord, event: CaseEvent) => NoticeDetail | Promise<NoticeDetail>
}

const RULES: Partial<Record<CaseAction, NoticeRule[]>> = {
  triage: [{ to: 'petitioner', kind: 'accepted', title: '您说的事已受理' }],
  putOnAgenda: [{ to: 'petitioner', kind: 'onAgenda', title: '您说的事已列入议事会', detail: meetingDetail }],
  rescheduleMeeting: [{ to: 'petitioner', kind: 'onAgenda', title: '议事会改期了', detail: meetingDetail }],
  recordDecision: [{ to: 'petitioner', kind: 'decided', title: '议事会已形成决议', detail: decisionDetail }],
  assign: [
    { to: 'petitioner', kind: 'assigned', title: '您说的事已交办' },
    { to: 'handlers', kind: 'newAssignment', title: '新交办事项' },
  ],
  publish: [
    { to: 'petitioner', kind: 'completedAwaitingRating', title: '您说的事已办结，请评价' },
    { to: 'followUp', kind: 'followUpDue', title: '事项已公示，请回访说事人', detail: followUpDetail },
  ],
  rateUnsatisfied: [
    { to: 'petitioner', kind: 'reopened', title: '您说的事已安排重新办理' },
    { to: 'handlers', kind: 'newAssignment', title: '事项需重新办理' },
  ],
  rateUnsatisfiedRetriage: [{ to: 'petitioner', kind: 'reopened', title: '您说的事已退回社区重新受理' }],
  followUpUnsatisfied: [{ to: 'handlers', kind: 'newAssignment', title: '事项需重新办理' }],
  refer: [{ to: 'petitioner', kind: 'referred', title: '您说的事已转交相关部门' }],
  mergeDuplicate: [{ to: 'petitioner', kind: 'merged', title: '您说的事已与同类事项合并办理', detail: mergedDetail }],
  requestExtension: [{ to: 'staff', kind: 'extensionRequested', title: '承办单位申请延期', detail: extensionDetail }],
  returnToStaff: [{ to: 'staff', kind: 'returned', title: '承办单位退回事项', detail: returnedDetail }],
  complete: [{ to: 'staff', kind: 'completedForReview', title: '事项已办结，请公示', detail: completedDetail }],
}

/** Tell everyone whom the rules for the action taken name. */
export async function notifyAfterChange(deps: Deps, item: CaseRecord, event: CaseEvent): Promise<void> {
  for (const rule of RULES[event.action] ?? []) {
    const userIds = await recipients(deps, item, rule.to)
    if (userIds.length === 0) continue
    await notifyUsers(deps, item, userIds, rule.kind, rule.title, rule.detail ? await rule.detail(deps, item, event) : {})
  }
}

async function recipients(deps: Deps, item: CaseRecord, audience: Audience): Promise<string[]> {
  switch (audience) {
    case 'petitioner':
      return item.petitioner.userId ? [item.petitioner.userId] : []
    case 'handlers':
      return (await responsibleUsers(deps, item, 'handler')).map((u) => u.id)
    case 'staff':
      return (await responsibleUsers(deps, item, 'staff')).map((u) => u.id)
    case 'followUp':
      if (!ratedByFollowUp(item)) return []
      return item.channel === 'doorToDoor' ? [item.submittedBy] : recipients(deps, item, 'staff')
  }
}

/** 已上会: when and where the meeting is; the template's time is the meeting date. */
function meetingDetail(_deps: Deps, item: CaseRecord): NoticeDetail {
  const { date, place } = item.meeting!
  return { tail: `议事会：${meetingDayLabel(date)}，${place}`, values: { time: meetingInstant(date), place } }
}

/** 议事结果: what the meeting decided. */
function decisionDetail(_deps: Deps, item: CaseRecord): NoticeDetail {
  const decision = item.meeting?.decision ?? ''
  return { tail: `决议：${decision}`, values: { note: decision } }
}

/** 已合并: the body and the note name the case that goes on. */
function mergedDetail(_deps: Deps, _item: CaseRecord, event: CaseEvent): NoticeDetail {
  const survivor = String(event.data?.intoCaseNo ?? '')
  return { tail: `已并入${survivor}一并办理`, values: { note: `并入${survivor}办理` } }
}

/** 承办单位申请延期: how many working days, and why. */
function extensionDetail(_deps: Deps, _item: CaseRecord, event: CaseEvent): NoticeDetail {
  const asked = `申请延期${String(event.data?.days ?? '')}个工作日：${event.note ?? ''}`
  return { tail: asked, values: { note: asked } }
}

/** 承办单位退回: which unit (the case no longer names one) and why. */
async function returnedDetail(deps: Deps, _item: CaseRecord, event: CaseEvent): Promise<NoticeDetail> {
  const unitId = typeof event.data?.unitId === 'string' ? event.data.unitId : undefined
  const unit = unitId ? await deps.repos.directory.getUnit(unitId) : undefined
  return { tail: `${unit ? `${unit.name}退回，` : ''}原因：${event.note ?? ''}`, values: { note: event.note ?? '', ...(unit ? { unit: unit.name } : {}) } }
}

/** 办结待公示: the unit's result, for staff to publish. */
function completedDetail(_deps: Deps, item: CaseRecord): NoticeDetail {
  return { tail: `办理结果：${item.result ?? ''}`, values: { note: item.result ?? '' } }
}

/** 办结待回访: whom to call or visit (the worker handles the case, so the name and phone are theirs to see). */
function followUpDetail(_deps: Deps, item: CaseRecord): NoticeDetail {
  const { name, phone } = item.petitioner
  return { tail: `请回访说事人${name}${phone ? `（${phone}）` : ''}` }
}

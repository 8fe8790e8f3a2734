// The kinds of notice the system sends, who receives each, and the fields a notice carries for templates.
import type { Role } from './roles'

export const NOTICE_KINDS = [
  // to the petitioner
  'accepted', 'onAgenda', 'decided', 'assigned', 'completedAwaitingRating', 'reopened', 'referred', 'rateReminder', 'merged',
  // to handlers
  'newAssignment', 'dueSoon', 'overdue',
  // to staff
  'urgent', 'overdueStaff', 'extensionRequested', 'returned', 'completedForReview', 'contentReview',
  // to whoever owes a petitioner without the app a 回访 (the grid worker who typed it in, or staff)
  'followUpDue',
  // to the supervision group
  'overdueSupervision', 'minutesOverdue',
  // to meeting participants
  'meetingTomorrow',
  // to residents of the buildings a topic asks (定题说事)
  'topicOpened',
] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

export const NOTICE_LABELS: Record<NoticeKind, string> = {
  accepted: '已受理',
  onAgenda: '已上会',
  decided: '议事结果',
  assigned: '已交办',
  completedAwaitingRating: '办结待评价',
  reopened: '重新办理',
  referred: '已转交',
  rateReminder: '请评价',
  merged: '已合并',
  newAssignment: '新交办',
  dueSoon: '即将到期',
  overdue: '已超期',
  urgent: '紧急事项',
  overdueStaff: '事项超期',
  extensionRequested: '承办单位申请延期',
  returned: '承办单位退回事项',
  completedForReview: '事项已办结，请公示',
  contentReview: '内容待审核',
  followUpDue: '办结待回访',
  overdueSupervision: '超期督办',
  minutesOverdue: '议事纪要逾期',
  meetingTomorrow: '明日议事',
  topicOpened: '定题说事',
}

/** Values a notice offers to a template's keywords. */
export const NOTICE_FIELDS = ['caseNo', 'summary', 'status', 'time', 'dueAt', 'unit', 'note', 'place'] as const
export type NoticeField = (typeof NOTICE_FIELDS)[number]

/** What a petitioner is asked to subscribe to (one-time templates: at most 3 per request). */
export const PETITIONER_NOTICE_KINDS: readonly NoticeKind[] = ['accepted', 'assigned', 'completedAwaitingRating']

const STAFF_KINDS: NoticeKind[] = ['urgent', 'extensionRequested', 'completedForReview', 'returned', 'overdueStaff']

/** The kinds each worker role may subscribe to, most important first (at most 5 per role). */
export const WORKER_NOTICE_KINDS: Partial<Record<Role, NoticeKind[]>> = {
  handler: ['newAssignment', 'dueSoon', 'overdue'],
  staff: STAFF_KINDS,
  gridWorker: ['followUpDue', 'urgent'],
  supervisor: ['overdueSupervision'],
  admin: STAFF_KINDS,
}

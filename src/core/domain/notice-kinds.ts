// The kinds of notice the system sends, who receives each, and the fields a notice carries for templates.

export const NOTICE_KINDS = [
  // to the petitioner
  'accepted', 'onAgenda', 'assigned', 'completedAwaitingRating', 'reopened', 'referred', 'rateReminder', 'merged',
  // to handlers
  'newAssignment', 'dueSoon', 'overdue',
  // to staff
  'urgent', 'overdueStaff',
  // to the supervision group
  'overdueSupervision',
  // to meeting participants
  'meetingTomorrow',
] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

export const NOTICE_LABELS: Record<NoticeKind, string> = {
  accepted: '已受理',
  onAgenda: '已上会',
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
  overdueSupervision: '超期督办',
  meetingTomorrow: '明日议事',
}

/** Values a notice offers to a template's keywords. */
export const NOTICE_FIELDS = ['caseNo', 'summary', 'status', 'time', 'dueAt', 'unit', 'note', 'place'] as const
export type NoticeField = (typeof NOTICE_FIELDS)[number]

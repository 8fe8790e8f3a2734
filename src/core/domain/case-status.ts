// The case statuses, their groups and which of the six steps each belongs to.

export const CASE_STATUSES = [
  'submitted', // 说事：待受理
  'triaged', // 理事：已受理，待处置
  'onAgenda', // 议事：已列入议事会
  'deliberated', // 议事：已形成决议，待交办
  'assigned', // 办事：已交办，待承办单位接收
  'inProgress', // 办事：办理中
  'extensionRequested', // 办事：申请延期
  'completed', // 办事：已办结，待公示
  'published', // 评事：已公示，待评价
  'rated', // 评事：已评价，待督办组确认
  'closed', // 查事：已结案
  'merged', // 已合并（重复事项）
  'referred', // 已转交其他部门
] as const

export type CaseStatus = (typeof CASE_STATUSES)[number]

export const STEPS = ['speak', 'sort', 'deliberate', 'handle', 'review', 'supervise'] as const
export type Step = (typeof STEPS)[number]

export const STEP_LABELS: Record<Step, string> = {
  speak: '说事',
  sort: '理事',
  deliberate: '议事',
  handle: '办事',
  review: '评事',
  supervise: '查事',
}

export const STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '待受理',
  triaged: '已受理',
  onAgenda: '待上会',
  deliberated: '已议定',
  assigned: '已交办',
  inProgress: '办理中',
  extensionRequested: '申请延期中',
  completed: '已办结',
  published: '已公示待评价',
  rated: '已评价',
  closed: '已结案',
  merged: '已合并',
  referred: '已转交',
}

export const STATUS_STEP: Record<CaseStatus, Step> = {
  submitted: 'speak',
  triaged: 'sort',
  onAgenda: 'deliberate',
  deliberated: 'deliberate',
  assigned: 'handle',
  inProgress: 'handle',
  extensionRequested: 'handle',
  completed: 'handle',
  published: 'review',
  rated: 'review',
  closed: 'supervise',
  merged: 'sort',
  referred: 'sort',
}

export const STATUS_GROUPS = {
  /** Still needs someone to act. */
  open: ['submitted', 'triaged', 'onAgenda', 'deliberated', 'assigned', 'inProgress', 'extensionRequested', 'completed', 'published', 'rated'],
  /** A handling unit holds it against a deadline. */
  handling: ['assigned', 'inProgress', 'extensionRequested'],
  /** Waiting for staff in the 理事 step. */
  awaitingStaff: ['submitted', 'triaged', 'deliberated', 'extensionRequested', 'completed'],
  /** On a 议事会's agenda, before or after it decided. */
  agenda: ['onAgenda', 'deliberated'],
  /** Finished, one way or another. */
  closed: ['closed', 'merged', 'referred'],
} as const satisfies Record<string, readonly CaseStatus[]>

export type StatusGroup = keyof typeof STATUS_GROUPS

export function isInGroup(status: CaseStatus, group: StatusGroup): boolean {
  return (STATUS_GROUPS[group] as readonly CaseStatus[]).includes(status)
}

export function isOpen(item: { status: CaseStatus }): boolean {
  return isInGroup(item.status, 'open')
}

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value)
}

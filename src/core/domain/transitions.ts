// The six-step workflow as data: every allowed (from, action) -> to, and which roles may do it.
import type { CaseStatus } from './case-status'
import { STATUS_GROUPS } from './case-status'
import type { Role } from './roles'

export const CASE_ACTIONS = [
  'submit',
  'triage',
  'resolveOnSpot',
  'mergeDuplicate',
  'refer',
  'putOnAgenda',
  'rescheduleMeeting',
  'recordDecision',
  'assign',
  'accept',
  'progress',
  'requestExtension',
  'approveExtension',
  'denyExtension',
  'returnToStaff',
  'complete',
  'publish',
  'rate',
  'rateUnsatisfied',
  'rateUnsatisfiedRetriage',
  'recordFollowUp',
  'followUpUnsatisfied',
  'followUpUnsatisfiedRetriage',
  'supervise',
  'escalate',
  'markOverdue',
  'close',
  'closeUnrated',
] as const

export type CaseAction = (typeof CASE_ACTIONS)[number]

export const ACTION_LABELS: Record<CaseAction, string> = {
  submit: '说事',
  triage: '受理分类',
  resolveOnSpot: '当场解决',
  mergeDuplicate: '合并重复',
  refer: '转交',
  putOnAgenda: '列入议事会',
  rescheduleMeeting: '议事会改期',
  recordDecision: '记录议事决议',
  assign: '交办',
  accept: '接收办理',
  progress: '办理进展',
  requestExtension: '申请延期',
  approveExtension: '同意延期',
  denyExtension: '不同意延期',
  returnToStaff: '退回（非本单位职责）',
  complete: '办结',
  publish: '公示结果',
  rate: '评价',
  rateUnsatisfied: '不满意，重新办理',
  rateUnsatisfiedRetriage: '不满意，重新受理',
  recordFollowUp: '回访评价',
  followUpUnsatisfied: '回访不满意，重新办理',
  followUpUnsatisfiedRetriage: '回访不满意，重新受理',
  supervise: '督办记录',
  escalate: '提级督办',
  markOverdue: '已超期',
  close: '结案',
  closeUnrated: '结案（未评价）',
}

export interface Transition {
  /** null: the case does not exist yet. */
  from: CaseStatus | null
  action: CaseAction
  to: CaseStatus
  roles: readonly Role[]
}

const STAFF: readonly Role[] = ['staff', 'admin']
const FOLLOW_UP: readonly Role[] = ['gridWorker', 'staff', 'admin']
const rows: Transition[] = [
  { from: null, action: 'submit', to: 'submitted', roles: ['resident', 'gridWorker', 'staff', 'admin'] },
  { from: 'submitted', action: 'triage', to: 'triaged', roles: STAFF },
]
for (const from of ['submitted', 'triaged'] as const) {
  rows.push(
    { from, action: 'resolveOnSpot', to: 'completed', roles: ['gridWorker', 'staff', 'admin'] },
    { from, action: 'mergeDuplicate', to: 'merged', roles: STAFF },
    { from, action: 'refer', to: 'referred', roles: STAFF },
  )
}
rows.push(
  { from: 'triaged', action: 'putOnAgenda', to: 'onAgenda', roles: STAFF },
  { from: 'onAgenda', action: 'recordDecision', to: 'deliberated', roles: STAFF },
  // The meeting a case waits for was moved (meetings.updateMeeting): the case follows it, on the record.
  { from: 'onAgenda', action: 'rescheduleMeeting', to: 'onAgenda', roles: ['system'] },
  { from: 'triaged', action: 'assign', to: 'assigned', roles: STAFF },
  { from: 'deliberated', action: 'assign', to: 'assigned', roles: STAFF },
  { from: 'assigned', action: 'accept', to: 'inProgress', roles: ['handler'] },
  { from: 'assigned', action: 'returnToStaff', to: 'triaged', roles: ['handler'] },
  { from: 'inProgress', action: 'returnToStaff', to: 'triaged', roles: ['handler'] },
  { from: 'inProgress', action: 'progress', to: 'inProgress', roles: ['handler'] },
  { from: 'inProgress', action: 'requestExtension', to: 'extensionRequested', roles: ['handler'] },
  { from: 'extensionRequested', action: 'approveExtension', to: 'inProgress', roles: STAFF },
  { from: 'extensionRequested', action: 'denyExtension', to: 'inProgress', roles: STAFF },
  { from: 'inProgress', action: 'complete', to: 'completed', roles: ['handler'] },
  { from: 'completed', action: 'publish', to: 'published', roles: STAFF },
  { from: 'published', action: 'rate', to: 'rated', roles: ['resident'] },
  { from: 'published', action: 'rateUnsatisfied', to: 'assigned', roles: ['resident'] },
  // Solved on the spot (no unit yet): 不满意 sends it back to staff to sort again.
  { from: 'published', action: 'rateUnsatisfiedRetriage', to: 'triaged', roles: ['resident'] },
  // 回访: a worker records the rating of a petitioner who has no app account (phone call or home visit).
  { from: 'published', action: 'recordFollowUp', to: 'rated', roles: FOLLOW_UP },
  { from: 'published', action: 'followUpUnsatisfied', to: 'assigned', roles: FOLLOW_UP },
  { from: 'published', action: 'followUpUnsatisfiedRetriage', to: 'triaged', roles: FOLLOW_UP },
  { from: 'published', action: 'closeUnrated', to: 'closed', roles: ['system'] },
  { from: 'rated', action: 'close', to: 'closed', roles: ['supervisor', 'staff', 'admin'] },
)
for (const status of STATUS_GROUPS.open) {
  rows.push({ from: status, action: 'supervise', to: status, roles: ['supervisor', 'admin'] })
}
for (const status of STATUS_GROUPS.handling) {
  rows.push(
    { from: status, action: 'escalate', to: status, roles: ['system', 'staff', 'admin'] },
    { from: status, action: 'markOverdue', to: status, roles: ['system'] },
  )
}

export const TRANSITIONS: readonly Transition[] = Object.freeze(rows)

/** The table by (from, action): every case view asks it for each action, so a lookup, not a walk of the table. */
const BY_FROM_AND_ACTION = new Map<string, Transition>()
for (const t of TRANSITIONS) if (!BY_FROM_AND_ACTION.has(`${t.from}|${t.action}`)) BY_FROM_AND_ACTION.set(`${t.from}|${t.action}`, t)

export function findTransition(from: CaseStatus | null, action: CaseAction): Transition | undefined {
  return BY_FROM_AND_ACTION.get(`${from}|${action}`)
}

/** The actions that exist from a status, whoever may do them. */
export function actionsFrom(from: CaseStatus | null): CaseAction[] {
  return TRANSITIONS.filter((t) => t.from === from).map((t) => t.action)
}

export function isCaseAction(value: unknown): value is CaseAction {
  return typeof value === 'string' && (CASE_ACTIONS as readonly string[]).includes(value)
}

// Who hears about what. Notice texts are Chinese and short; issue-specific templates map them to subscription messages.
import type { Deps } from '../ports'
import type { CaseRecord } from '../domain/case'
import type { CaseAction } from '../domain/transitions'

const PETITIONER_NOTICES: Partial<Record<CaseAction, { kind: string; title: string }>> = {
  triage: { kind: 'accepted', title: '您说的事已受理' },
  putOnAgenda: { kind: 'onAgenda', title: '您说的事已列入议事会' },
  assign: { kind: 'assigned', title: '您说的事已交办' },
  publish: { kind: 'completedAwaitingRating', title: '您说的事已办结，请评价' },
  rateUnsatisfied: { kind: 'reopened', title: '您说的事已安排重新办理' },
  refer: { kind: 'referred', title: '您说的事已转交相关部门' },
}

export function summary(item: CaseRecord): string {
  const text = Array.from(item.text)
  return text.length > 20 ? text.slice(0, 19).join('') + '…' : item.text
}

/** Tell the petitioner and the people who must act next. */
export async function notifyAfterChange(deps: Deps, item: CaseRecord, action: CaseAction): Promise<void> {
  const forPetitioner = PETITIONER_NOTICES[action]
  if (forPetitioner && item.petitioner.userId) {
    await deps.notifier.notify({ userId: item.petitioner.userId, kind: forPetitioner.kind, caseId: item.id, title: forPetitioner.title, body: `${item.caseNo}：${summary(item)}` })
  }
  if ((action === 'assign' || action === 'rateUnsatisfied') && item.unitId) {
    const handlers = (await deps.repos.users.listByRole(item.streetId, 'handler')).filter((u) => u.unitId === item.unitId)
    for (const handler of handlers) {
      await deps.notifier.notify({ userId: handler.id, kind: 'newAssignment', caseId: item.id, title: action === 'assign' ? '新交办事项' : '事项需重新办理', body: `${item.caseNo}：${summary(item)}` })
    }
  }
}

/** An urgent case skips the queue: every staff member of the community hears at once. */
export async function notifyUrgent(deps: Deps, item: CaseRecord): Promise<void> {
  const staff = (await deps.repos.users.listByRole(item.streetId, 'staff')).filter((u) => u.communityId === item.communityId)
  for (const member of staff) {
    await deps.notifier.notify({ userId: member.id, kind: 'urgent', caseId: item.id, title: '紧急事项，请立即处置', body: `${item.caseNo}：${summary(item)}` })
  }
}

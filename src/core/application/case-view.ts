// Turn a stored case into what a caller may see: labels, overdue flag, allowed actions, masked personal data.
import type { Actor } from '../domain/roles'
import type { CaseRecord } from '../domain/case'
import { CATEGORIES } from '../domain/category'
import { STATUS_LABELS, STEP_LABELS, STATUS_STEP, isInGroup } from '../domain/case-status'
import { handlesCase, offeredActions } from '../domain/permissions'
import { maskCase } from '../domain/masking'
import type { CaseView } from '../contracts/views'

export function isOverdue(item: CaseRecord, now: Date): boolean {
  return isInGroup(item.status, 'handling') && !!item.dueAt && item.dueAt < now.toISOString()
}

export function toCaseView(item: CaseRecord, actor: Actor, now: Date, unitName?: string): CaseView {
  const visible = handlesCase(actor, item) ? item : maskCase(item)
  return {
    ...visible,
    statusLabel: STATUS_LABELS[item.status],
    stepLabel: STEP_LABELS[STATUS_STEP[item.status]],
    categoryLabel: item.category ? CATEGORIES[item.category].label : undefined,
    unitName,
    overdue: isOverdue(item, now),
    allowedActions: offeredActions(actor, item),
  }
}

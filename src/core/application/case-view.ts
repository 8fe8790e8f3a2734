// Turn a stored case into what a caller may see: labels, overdue flag, allowed actions, masked personal data.
// Pure; present-cases.ts adds the names it needs from the repositories.
import type { Actor } from '../domain/roles'
import type { CaseRecord } from '../domain/case'
import { CATEGORIES } from '../domain/category'
import { STATUS_LABELS, STEP_LABELS, STATUS_STEP, isInGroup } from '../domain/case-status'
import { handlesCase, offeredActions } from '../domain/permissions'
import { maskCase } from '../domain/masking'
import { needsTranscript } from '../domain/voice'
import type { CaseView } from '../contracts/views'

export function isOverdue(item: Pick<CaseRecord, 'status' | 'dueAt'>, now: Date): boolean {
  return isOverdueAt(item, now.toISOString())
}

/** isOverdue against an instant already written as ISO text (a list works it out once for all its cases). */
export function isOverdueAt(item: Pick<CaseRecord, 'status' | 'dueAt'>, nowIso: string): boolean {
  return !!item.dueAt && item.dueAt < nowIso && isInGroup(item.status, 'handling')
}

/** Names looked up elsewhere (see present-cases.ts, which every answer uses). */
export interface CaseViewNames {
  unitName?: string
  mergedIntoCaseNo?: string
}

export function toCaseView(item: CaseRecord, actor: Actor, now: Date, names: CaseViewNames = {}): CaseView {
  const visible = handlesCase(actor, item) ? item : maskCase(item)
  return {
    ...visible,
    statusLabel: STATUS_LABELS[item.status],
    stepLabel: STEP_LABELS[STATUS_STEP[item.status]],
    categoryLabel: item.category ? CATEGORIES[item.category].label : undefined,
    unitName: names.unitName,
    mergedIntoCaseNo: names.mergedIntoCaseNo,
    overdue: isOverdue(item, now),
    ...(needsTranscript(item) ? { needsTranscript: true as const } : {}),
    allowedActions: offeredActions(actor, item),
  }
}

// 理事: triage (classify), solve on the spot, merge a duplicate, refer elsewhere (转交, never 拒绝).
import { CATEGORIES } from '../../domain/category'
import { isOpen } from '../../domain/case-status'
import { inScope } from '../../domain/permissions'
import { fail, ok } from '../../contracts/result'
import type { Effect } from './effect'

export const triage: Effect<'triage'> = async ({ deps, item, input }) => {
  if (input.unitId && !(await deps.repos.directory.getUnit(input.unitId))) return fail('NOT_FOUND', '找不到这个承办单位', 'unitId')
  const data: Record<string, unknown> = { category: input.category, categoryLabel: CATEGORIES[input.category].label, urgency: input.urgency }
  if (item.suggestion && item.suggestion.category !== input.category) data.correctedFrom = item.suggestion.category
  return ok({ changes: { category: input.category, urgency: input.urgency, ...(input.unitId ? { unitId: input.unitId } : {}) }, data })
}

export const resolveOnSpot: Effect<'resolveOnSpot'> = ({ input }) => ok({ changes: { result: input.result }, data: { result: input.result } })

export const mergeDuplicate: Effect<'mergeDuplicate'> = async ({ deps, actor, item, input }) => {
  if (input.intoCaseId === item.id) return fail('INVALID_INPUT', '不能合并到事项自身', 'intoCaseId')
  const target = await deps.repos.cases.get(input.intoCaseId)
  if (!target || !inScope(actor, target)) return fail('CASE_NOT_FOUND', '找不到要合并到的事项', 'intoCaseId')
  if (!isOpen(target)) return fail('TRANSITION_NOT_ALLOWED', '要合并到的事项已结束，不能合并', 'intoCaseId')
  return ok({ changes: { mergedInto: target.id, closure: 'merged' }, data: { intoCaseId: target.id, intoCaseNo: target.caseNo } })
}

export const refer: Effect<'refer'> = ({ input }) =>
  ok({ changes: { referral: { to: input.to, reason: input.reason }, closure: 'referred' }, data: { to: input.to, reason: input.reason } })

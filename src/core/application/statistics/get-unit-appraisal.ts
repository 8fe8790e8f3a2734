// 单位考评 (行风评议 / 三服务): per unit of the street, the cases given to it in the period's received cases, accepted on
// time (签收 within ACCEPT_WITHIN_WORKING_DAYS working day), completed on time, extensions, returns, satisfaction, and
// what it holds overdue now. Same callers, scope and errors as getStatistics.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { ACCEPT_WITHIN_WORKING_DAYS, APPRAISAL_DEFINITIONS, STATISTICS_BASIS, addFigures, summarizeAppraisal, type Figures } from '../../domain/statistics'
import { CURRENT_BUCKET } from '../../domain/statistics-counters'
import { ok, type Result } from '../../contracts/result'
import type { StatisticsInput } from '../../contracts/statistics-inputs'
import type { UnitAppraisalView } from '../../contracts/statistics-views'
import { resolvePeriod, resolveScope, type ResolvedScope } from './statistics-scope'
import { dimensionLabels } from './dimension-labels'

export const ACCEPT_RULE = `按时签收：交办后${ACCEPT_WITHIN_WORKING_DAYS}个工作日内接收办理（交办次日的工作日结束前，节假日顺延）`

export async function getUnitAppraisal(deps: Deps, actor: Actor, input: StatisticsInput): Promise<Result<UnitAppraisalView>> {
  const scope = await resolveScope(deps, actor, input.communityId)
  if (!scope.ok) return scope
  const period = resolvePeriod(deps.clock.now(), input)
  if (!period.ok) return period
  const units = await appraiseUnits(deps, scope.value, period.value.fromMonth, period.value.toMonth)
  const { counterScope: _scope, streetId: _street, communityId: _community, ...scopeView } = scope.value
  return ok({ scope: scopeView, ...period.value, basis: STATISTICS_BASIS, acceptRule: ACCEPT_RULE, units, definitions: APPRAISAL_DEFINITIONS })
}

/** Every unit of the scope's street with its appraisal over the months (by the month each case was received), most assigned first. */
export async function appraiseUnits(deps: Deps, scope: ResolvedScope, fromMonth: string, toMonth: string): Promise<UnitAppraisalView['units']> {
  const rows = (await deps.repos.statistics.read(scope.counterScope, fromMonth, toMonth)).filter((r) => r.dimension === 'appraisal')
  const sums = new Map<string, Figures>()
  for (const row of rows) sums.set(row.key, addFigures(sums.get(row.key) ?? {}, row.bucket === CURRENT_BUCKET ? { overdueNow: row.figures.overdueNow ?? 0 } : row.figures))
  const { unitNames } = await dimensionLabels(deps, scope)
  for (const unitId of unitNames.keys()) if (!sums.has(unitId)) sums.set(unitId, {})
  return [...sums]
    .map(([unitId, figures]) => ({ unitId, name: unitNames.get(unitId) ?? unitId, ...summarizeAppraisal(figures) }))
    .sort((a, b) => b.assigned - a.assigned || a.name.localeCompare(b.name, 'zh'))
}

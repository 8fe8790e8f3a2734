// 数据统计: the figures of a community or the whole street for a period of months — headline, monthly trend and the
// breakdowns by category, channel, grid and unit — summed from the counter rows (a bounded read, never a scan of cases).
// Who: staff and supervisors (their community), admins (the street or one of its communities).
// Errors: FORBIDDEN, NOT_FOUND (community), INVALID_INPUT (a period that ends before it starts, or longer than 36 months).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { BREAKDOWNS, FIGURE_DEFINITIONS, STATISTICS_BASIS, addFigures, monthsBetween, summarize, type Breakdown, type Figures } from '../../domain/statistics'
import { CURRENT_BUCKET, type CounterRow } from '../../domain/statistics-counters'
import { ok, type Result } from '../../contracts/result'
import type { StatisticsInput } from '../../contracts/statistics-inputs'
import type { BreakdownRow, StatisticsView } from '../../contracts/statistics-views'
import { resolvePeriod, resolveScope } from './statistics-scope'
import { dimensionLabels, type LabelOf } from './dimension-labels'

export async function getStatistics(deps: Deps, actor: Actor, input: StatisticsInput): Promise<Result<StatisticsView>> {
  const scope = await resolveScope(deps, actor, input.communityId)
  if (!scope.ok) return scope
  const period = resolvePeriod(deps.clock.now(), input)
  if (!period.ok) return period
  const { fromMonth, toMonth } = period.value
  const rows = await deps.repos.statistics.read(scope.value.counterScope, fromMonth, toMonth)
  const { labelOf } = await dimensionLabels(deps, scope.value)
  const monthly = rows.filter((r) => r.bucket !== CURRENT_BUCKET)
  const all = monthly.filter((r) => r.dimension === 'all')
  const byMonth = new Map<string, Figures>()
  for (const row of all) byMonth.set(row.bucket, addFigures(byMonth.get(row.bucket) ?? {}, row.figures))
  const total = all.reduce((sum, row) => addFigures(sum, row.figures), {} as Figures)
  const overdueNow = rows.find((r) => r.bucket === CURRENT_BUCKET && r.dimension === 'all')?.figures.overdueNow ?? 0
  const communities = actor.role === 'admin' ? (await deps.repos.directory.listCommunities(actor.streetId)).map((c) => ({ id: c.id, name: c.name })) : []
  const { counterScope: _scope, streetId: _street, communityId: _community, ...scopeView } = scope.value
  return ok({
    scope: scopeView,
    fromMonth,
    toMonth,
    basis: STATISTICS_BASIS,
    headline: { ...summarize(total), overdueNow },
    months: monthsBetween(fromMonth, toMonth).map((month) => ({ month, figures: summarize(byMonth.get(month) ?? {}) })),
    breakdowns: Object.fromEntries(BREAKDOWNS.map((b) => [b, breakdown(monthly, b, labelOf)])) as Record<Breakdown, BreakdownRow[]>,
    definitions: FIGURE_DEFINITIONS,
    communities,
  })
}

/** The period's rows of one dimension, summed per value, most received first. */
function breakdown(rows: CounterRow[], dimension: Breakdown, labelOf: LabelOf): BreakdownRow[] {
  const sums = new Map<string, Figures>()
  for (const row of rows) if (row.dimension === dimension) sums.set(row.key, addFigures(sums.get(row.key) ?? {}, row.figures))
  return [...sums]
    .map(([key, figures]) => ({ key, label: labelOf(dimension, key), figures: summarize(figures) }))
    .sort((a, b) => b.figures.received - a.figures.received || a.label.localeCompare(b.label, 'zh'))
}

// 公示栏 figures: the community's headline of the last 12 months (收到、结案、结案率、按时办结率、满意率), computed from the
// same counters and definitions as the dashboard; nothing personal, no units or grids. Anyone signed in whose street
// holds the community may read it. Errors: NOT_FOUND (community).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { FIGURE_DEFINITIONS, addFigures, summarize, type Figures } from '../../domain/statistics'
import { CURRENT_BUCKET, communityScope } from '../../domain/statistics-counters'
import { fail, ok, type Result } from '../../contracts/result'
import type { BoardFiguresView } from '../../contracts/statistics-views'
import { resolvePeriod } from './statistics-scope'

const SHOWN = new Set(['received', 'closed', 'closureRate', 'onTimeRate', 'satisfactionRate'])

export async function getBoardFigures(deps: Deps, actor: Actor, input: { communityId: string }): Promise<Result<BoardFiguresView>> {
  const community = await deps.repos.directory.getCommunity(input.communityId)
  if (!community || (actor.role !== 'system' && community.streetId !== actor.streetId)) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  const period = resolvePeriod(deps.clock.now(), {})
  if (!period.ok) return period
  const rows = await deps.repos.statistics.read(communityScope(community.id), period.value.fromMonth, period.value.toMonth)
  const total = rows.filter((r) => r.dimension === 'all' && r.bucket !== CURRENT_BUCKET).reduce((sum, r) => addFigures(sum, r.figures), {} as Figures)
  const figures = summarize(total)
  return ok({
    communityName: community.name,
    ...period.value,
    received: figures.received,
    closed: figures.closed,
    closureRate: figures.closureRate,
    onTimeRate: figures.onTimeRate,
    satisfactionRate: figures.satisfactionRate,
    definitions: FIGURE_DEFINITIONS.filter((d) => SHOWN.has(d.key)),
  })
}

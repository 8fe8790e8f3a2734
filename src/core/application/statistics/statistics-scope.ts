// Whose figures a caller may read, and for which months. Staff and supervisors: their community. Admins: the whole
// street, or one community of it. Everyone else: FORBIDDEN. A period ending before it starts: INVALID_INPUT.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { communityScope, streetScope } from '../../domain/statistics-counters'
import { monthsBetween, shanghaiMonth } from '../../domain/statistics'
import { fail, ok, type Result } from '../../contracts/result'
import type { StatisticsInput } from '../../contracts/statistics-inputs'
import type { StatisticsScopeView } from '../../contracts/statistics-views'

export const MAX_PERIOD_MONTHS = 36
export const DEFAULT_PERIOD_MONTHS = 12

export interface ResolvedScope extends StatisticsScopeView {
  /** The counters' scope key. */
  counterScope: string
  streetId: string
  /** Set for a community scope. */
  communityId?: string
}

export async function resolveScope(deps: Deps, actor: Actor, communityId?: string): Promise<Result<ResolvedScope>> {
  if (actor.role === 'staff' || actor.role === 'supervisor') {
    if (!actor.communityId) return fail('FORBIDDEN', '您的账号没有所属社区，看不到统计')
    if (communityId && communityId !== actor.communityId) return fail('FORBIDDEN', '只能查看本社区的统计', 'communityId')
    return communityScopeOf(deps, actor.streetId, actor.communityId)
  }
  if (actor.role !== 'admin') return fail('FORBIDDEN', '只有社区工作人员、督办组和街道管理员可以查看统计')
  if (communityId) return communityScopeOf(deps, actor.streetId, communityId)
  const street = await deps.repos.directory.getStreet(actor.streetId)
  return ok({ kind: 'street', id: actor.streetId, name: street?.name ?? '全街道', counterScope: streetScope(actor.streetId), streetId: actor.streetId })
}

async function communityScopeOf(deps: Deps, streetId: string, communityId: string): Promise<Result<ResolvedScope>> {
  const community = await deps.repos.directory.getCommunity(communityId)
  if (!community || community.streetId !== streetId) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  return ok({ kind: 'community', id: community.id, name: community.name, counterScope: communityScope(community.id), streetId, communityId: community.id })
}

/** The month `count - 1` months before `month` (YYYY-MM). */
export function monthsBefore(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number)
  const index = year * 12 + (m - 1) - count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

export function resolvePeriod(now: Date, input: Pick<StatisticsInput, 'fromMonth' | 'toMonth'>): Result<{ fromMonth: string; toMonth: string }> {
  const toMonth = input.toMonth ?? shanghaiMonth(now)
  const fromMonth = input.fromMonth ?? monthsBefore(toMonth, DEFAULT_PERIOD_MONTHS - 1)
  if (toMonth < fromMonth) return fail('INVALID_INPUT', `统计期间的结束月份（${toMonth}）早于开始月份（${fromMonth}），请重新选择`, 'toMonth')
  if (monthsBetween(fromMonth, toMonth).length > MAX_PERIOD_MONTHS) return fail('INVALID_INPUT', `统计期间最长${MAX_PERIOD_MONTHS}个月，请缩短`, 'fromMonth')
  return ok({ fromMonth, toMonth })
}

// Chinese labels for the values of each breakdown: categories, channels, the scope's grids and the street's units.
import type { Deps } from '../../ports'
import { CATEGORIES, isCategoryCode } from '../../domain/category'
import { CHANNEL_LABELS, type Channel } from '../../domain/case'
import { NO_VALUE, type Breakdown } from '../../domain/statistics'
import type { ResolvedScope } from './statistics-scope'

const NONE_LABELS: Record<Breakdown, string> = { category: '未分类', channel: '未知渠道', grid: '未划网格', unit: '未交办' }

export type LabelOf = (breakdown: Breakdown, key: string) => string

export async function dimensionLabels(deps: Deps, scope: ResolvedScope): Promise<{ labelOf: LabelOf; unitNames: Map<string, string> }> {
  const communities = scope.communityId ? [scope.communityId] : (await deps.repos.directory.listCommunities(scope.streetId)).map((c) => c.id)
  const grids = new Map<string, string>()
  for (const communityId of communities) for (const grid of await deps.repos.directory.listGrids(communityId)) grids.set(grid.id, grid.name)
  const unitNames = new Map((await deps.repos.directory.listUnits(scope.streetId)).map((u) => [u.id, u.name]))
  const labelOf: LabelOf = (breakdown, key) => {
    if (key === NO_VALUE) return NONE_LABELS[breakdown]
    if (breakdown === 'category') return isCategoryCode(key) ? CATEGORIES[key].label : key
    if (breakdown === 'channel') return CHANNEL_LABELS[key as Channel] ?? key
    if (breakdown === 'grid') return grids.get(key) ?? key
    return unitNames.get(key) ?? key
  }
  return { labelOf, unitNames }
}

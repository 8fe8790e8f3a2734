// Lists: 我的说事 (own cases), the work queue by role and scope, the 议事会 agenda, and the public board (published results, masked).
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { CaseRecord } from '../domain/case'
import { STATUS_GROUPS, type StatusGroup } from '../domain/case-status'
import { CATEGORIES } from '../domain/category'
import { maskName } from '../domain/masking'
import { RATING_LABELS } from '../domain/case'
import type { CaseQuery } from '../ports/repositories'
import type { BoardEntry, CaseList } from '../contracts/views'
import { LIMITS } from '../contracts/functions'
import { fail, ok, type Result } from '../contracts/result'
import { presentCases } from './present-cases'
import { summary } from './notices'
import { holdBackFromBoard } from './content-review'

interface PageInput { cursor?: string; limit?: number }

async function toList(deps: Deps, actor: Actor, page: { items: CaseRecord[]; nextCursor?: string }): Promise<CaseList> {
  const items = await presentCases(deps, actor, page.items)
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items }
}

export async function listMine(deps: Deps, actor: Actor, input: PageInput): Promise<Result<CaseList>> {
  const query: CaseQuery = actor.role === 'resident'
    ? { petitionerUserId: actor.userId, limit: input.limit ?? LIMITS.pageSize, cursor: input.cursor }
    : { submittedBy: actor.userId, limit: input.limit ?? LIMITS.pageSize, cursor: input.cursor }
  return ok(await toList(deps, actor, await deps.repos.cases.list(query)))
}

export async function listQueue(deps: Deps, actor: Actor, input: PageInput & { group?: StatusGroup }): Promise<Result<CaseList>> {
  const statuses = input.group ? STATUS_GROUPS[input.group] : undefined
  const base = { statuses, limit: input.limit ?? LIMITS.pageSize, cursor: input.cursor }
  let query: CaseQuery
  switch (actor.role) {
    case 'handler':
      if (!actor.unitId) return fail('FORBIDDEN')
      query = { ...base, unitId: actor.unitId }
      break
    case 'gridWorker':
      query = { ...base, gridIds: actor.gridIds ?? [] }
      break
    case 'staff':
    case 'supervisor':
      query = { ...base, communityId: actor.communityId }
      break
    case 'admin':
      query = { ...base, streetId: actor.streetId }
      break
    default:
      return fail('FORBIDDEN', '居民请在"我的说事"中查看自己的事项')
  }
  const list = await toList(deps, actor, await deps.repos.cases.list(query))
  if (input.cursor || (input.group && input.group !== 'open' && input.group !== 'awaitingStaff')) return ok(list)
  const openStatuses = input.group ? STATUS_GROUPS[input.group] : STATUS_GROUPS.open
  const urgent = await deps.repos.cases.list({ ...query, cursor: undefined, statuses: openStatuses, urgency: 'urgent', limit: LIMITS.pageSize })
  return ok({ ...list, urgent: (await toList(deps, actor, { items: urgent.items })).items })
}

/**
 * 议事会 agenda: cases on a meeting's agenda (before or after it decided) in the caller's scope, queried by those
 * statuses so no page comes back short; each page ordered by meeting date, earliest first.
 */
export async function listAgenda(deps: Deps, actor: Actor, input: PageInput): Promise<Result<CaseList>> {
  const result = await listQueue(deps, actor, { ...input, group: 'agenda' })
  if (!result.ok) return result
  const items = [...result.value.items].sort((a, b) => (a.meeting?.date ?? '').localeCompare(b.meeting?.date ?? ''))
  return ok({ ...result.value, items })
}

/** 公示栏: anyone in the community may read it; names masked, anonymous ones hidden. */
export async function listBoard(deps: Deps, actor: Actor, input: PageInput & { communityId: string }): Promise<Result<{ items: BoardEntry[]; nextCursor?: string }>> {
  const community = await deps.repos.directory.getCommunity(input.communityId)
  if (!community || (actor.role !== 'system' && community.streetId !== actor.streetId)) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  const page = await deps.repos.cases.list({ communityId: community.id, statuses: ['published', 'rated', 'closed'], limit: input.limit ?? LIMITS.pageSize, cursor: input.cursor })
  const units = new Map((await deps.repos.directory.listUnits(community.streetId)).map((unit) => [unit.id, unit.name]))
  // Content security: texts held for staff review show as 内容审核中.
  const items = await holdBackFromBoard(deps, page.items
    .filter((c) => c.publishedResult && c.publishedAt)
    .map((c) => ({
      id: c.id,
      caseNo: c.caseNo,
      categoryLabel: c.category ? CATEGORIES[c.category].label : undefined,
      summary: summary(c),
      petitionerName: c.anonymous ? '匿名' : maskName(c.petitioner.name),
      publishedResult: c.publishedResult!,
      publishedAt: c.publishedAt!,
      ...(c.unitId && units.has(c.unitId) ? { unitName: units.get(c.unitId)! } : {}),
      ...(c.rating ? { rating: RATING_LABELS[c.rating.value] } : {}),
    })))
  return ok(page.nextCursor ? { items, nextCursor: page.nextCursor } : { items })
}

// Lists: 我的说事 (own cases), the work queue by role and scope, the 议事会 agenda, and the public board (published results, masked).
// Every list reads one indexed query per page; the cursors it hands out are sealed to the caller and the list (page-cursor.ts).
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { CaseCard } from '../domain/case'
import { STATUS_GROUPS, type StatusGroup } from '../domain/case-status'
import { CATEGORIES } from '../domain/category'
import { maskName } from '../domain/masking'
import { RATING_LABELS } from '../domain/case'
import type { CaseQuery, CaseScope } from '../ports/repositories'
import type { BoardEntry, CaseList } from '../contracts/views'
import { LIMITS } from '../contracts/functions'
import { fail, ok, type Failure, type Result } from '../contracts/result'
import { cursorOwner, openCursor, sealCursor } from './page-cursor'
import { presentSummaries } from './present-cases'
import { summary } from './notices'
import { holdBackFromBoard } from './content-review'

interface PageInput { cursor?: string; limit?: number }

async function toList(deps: Deps, actor: Actor, page: { items: CaseCard[]; nextCursor?: string }, owner: string): Promise<CaseList> {
  const items = await presentSummaries(deps, actor, page.items)
  const nextCursor = sealCursor(owner, page.nextCursor)
  return nextCursor ? { items, nextCursor } : { items }
}

export async function listMine(deps: Deps, actor: Actor, input: PageInput): Promise<Result<CaseList>> {
  const owner = cursorOwner(actor.userId, 'listMine')
  const opened = openCursor(owner, input.cursor)
  if ('ok' in opened) return opened
  const query: CaseQuery = actor.role === 'resident'
    ? { petitionerUserId: actor.userId, limit: input.limit ?? LIMITS.pageSize, cursor: opened.cursor }
    : { submittedBy: actor.userId, limit: input.limit ?? LIMITS.pageSize, cursor: opened.cursor }
  return ok(await toList(deps, actor, await deps.repos.cases.listCards(query), owner))
}

/** The caller's queue scope: handlers their unit, grid workers their grids, staff and supervisors their community, admins their street. */
function queueScope(actor: Actor): CaseScope | Failure {
  switch (actor.role) {
    case 'handler':
      return actor.unitId ? { unitId: actor.unitId } : fail('FORBIDDEN')
    case 'gridWorker':
      return { gridIds: actor.gridIds ?? [] }
    case 'staff':
    case 'supervisor':
      return { communityId: actor.communityId }
    case 'admin':
      return { streetId: actor.streetId }
    default:
      return fail('FORBIDDEN', '居民请在"我的说事"中查看自己的事项')
  }
}

/** Page 1 of the open tabs pins this many of the newest open urgent cases; the 紧急 tab (`urgent`) lists them all. */
const PINNED_URGENT = 5

/**
 * The work queue of the caller's scope, newest first: a status group (default all), or with `urgent` only its urgent
 * cases. Page 1 of the open tabs pins the newest open urgent cases on top (`urgent`, `moreUrgent` when there are more
 * than it shows) and leaves them out of the page below, so no case is shown twice.
 */
export async function listQueue(deps: Deps, actor: Actor, input: PageInput & { group?: StatusGroup; urgent?: boolean }): Promise<Result<CaseList>> {
  const scope = queueScope(actor)
  if ('ok' in scope) return scope
  const owner = cursorOwner(actor.userId, 'listQueue', `${input.group ?? ''}${input.urgent ? ':urgent' : ''}`)
  const opened = openCursor(owner, input.cursor)
  if ('ok' in opened) return opened
  const statuses = input.group ? STATUS_GROUPS[input.group] : undefined
  const query: CaseQuery = { ...scope, statuses, limit: input.limit ?? LIMITS.pageSize, cursor: opened.cursor }
  if (input.urgent) return ok(await toList(deps, actor, await deps.repos.cases.listCards({ ...query, urgency: 'urgent' }), owner))
  const page = await deps.repos.cases.listCards(query)
  if (input.cursor || (input.group && input.group !== 'open' && input.group !== 'awaitingStaff')) return ok(await toList(deps, actor, page, owner))
  const openStatuses = input.group ? STATUS_GROUPS[input.group] : STATUS_GROUPS.open
  const urgent = await deps.repos.cases.listCards({ ...query, cursor: undefined, statuses: openStatuses, urgency: 'urgent', limit: PINNED_URGENT + 1 })
  const pinned = urgent.items.slice(0, PINNED_URGENT)
  const pinnedIds = new Set(pinned.map((item) => item.id))
  const list = await toList(deps, actor, { ...page, items: page.items.filter((item) => !pinnedIds.has(item.id)) }, owner)
  return ok({ ...list, urgent: await presentSummaries(deps, actor, pinned), ...(urgent.items.length > PINNED_URGENT ? { moreUrgent: true } : {}) })
}

/**
 * 议事会 agenda: cases on a meeting's agenda (before or after it decided) in the caller's scope, read in meeting-date
 * order (earliest first) from the agenda indexes, so every page continues where the last one ended.
 */
export async function listAgenda(deps: Deps, actor: Actor, input: PageInput): Promise<Result<CaseList>> {
  const scope = queueScope(actor)
  if ('ok' in scope) return scope
  const owner = cursorOwner(actor.userId, 'listAgenda')
  const opened = openCursor(owner, input.cursor)
  if ('ok' in opened) return opened
  return ok(await toList(deps, actor, await deps.repos.cases.listAgendaCards(scope, input.limit ?? LIMITS.pageSize, opened.cursor), owner))
}

/** 公示栏: anyone in the community may read it; names masked, anonymous ones hidden; newest publication first. */
export async function listBoard(deps: Deps, actor: Actor, input: PageInput & { communityId: string }): Promise<Result<{ items: BoardEntry[]; nextCursor?: string }>> {
  const owner = cursorOwner(actor.userId, 'listBoard', input.communityId)
  const opened = openCursor(owner, input.cursor)
  if ('ok' in opened) return opened
  const community = await deps.repos.directory.getCommunity(input.communityId)
  if (!community || (actor.role !== 'system' && community.streetId !== actor.streetId)) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  const page = await deps.repos.cases.listPublished(community.id, input.limit ?? LIMITS.pageSize, opened.cursor)
  const units = new Map((await deps.repos.directory.listUnits(community.streetId)).map((unit) => [unit.id, unit.name]))
  // Content security: texts held for staff review show as 内容审核中.
  const items = await holdBackFromBoard(deps, page.items
    .filter((c) => c.publishedResult && c.publishedAt)
    .map((c) => ({
      id: c.id,
      caseNo: c.caseNo,
      categoryLabel: c.category ? CATEGORIES[c.category].label : undefined,
      summary: summary(c),
      petitionerName: c.anonymous ? '匿名' : maskName(c.petitionerName),
      publishedResult: c.publishedResult!,
      publishedAt: c.publishedAt!,
      ...(c.unitId && units.has(c.unitId) ? { unitName: units.get(c.unitId)! } : {}),
      ...(c.rating ? { rating: RATING_LABELS[c.rating.value] } : {}),
    })))
  const nextCursor = sealCursor(owner, page.nextCursor)
  return ok(nextCursor ? { items, nextCursor } : { items })
}

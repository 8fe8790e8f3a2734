// 督办视图: what the supervision group watches in their scope — overdue cases (oldest deadline first), cases due within
// 2 working days, escalated ones, and rated cases to close. Who: supervisors, staff (their community), admins (their
// street). Read through indexed lists (handling and rated statuses, at most 100 each). Errors: FORBIDDEN.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import { cardOf, type CaseRecord } from '../domain/case'
import { STATUS_GROUPS } from '../domain/case-status'
import { addWorkingDays } from '../domain/deadlines'
import type { CaseQuery } from '../ports/repositories'
import type { CaseSummary } from '../contracts/views'
import { LIMITS } from '../contracts/functions'
import { fail, ok, type Result } from '../contracts/result'
import { isOverdue } from './case-view'
import { presentSummaries } from './present-cases'
import { readCases } from './read-cases'

export const DUE_SOON_WORKING_DAYS = 2

export interface WatchList {
  overdue: CaseSummary[]
  dueSoon: CaseSummary[]
  escalated: CaseSummary[]
  toClose: CaseSummary[]
}

export async function listWatch(deps: Deps, actor: Actor): Promise<Result<WatchList>> {
  const scope = watchScope(actor)
  if (!scope) return fail('FORBIDDEN', '只有督办组、社区工作人员和街道管理员可以查看督办视图')
  const now = deps.clock.now()
  const handling = (await readCases(deps, { ...scope, statuses: STATUS_GROUPS.handling }, LIMITS.maxPageSize)).items
  const rated = (await readCases(deps, { ...scope, statuses: ['rated'] }, LIMITS.maxPageSize)).items

  const soon = addWorkingDays(now, DUE_SOON_WORKING_DAYS, deps.calendar)
  const overdue = byDeadline(handling.filter((c) => isOverdue(c, now)))
  const dueSoon = byDeadline(handling.filter((c) => !isOverdue(c, now) && !!c.dueAt && c.dueAt <= soon))
  const listed = new Set([...overdue, ...dueSoon].map((c) => c.id))
  const escalated = handling.filter((c) => c.escalations > 0 && !listed.has(c.id))

  const groups = [overdue, dueSoon, escalated, rated]
  const views = await presentSummaries(deps, actor, groups.flat().map(cardOf))
  const [a, b, c] = groups.map((g) => g.length)
  return ok({ overdue: views.slice(0, a), dueSoon: views.slice(a, a + b), escalated: views.slice(a + b, a + b + c), toClose: views.slice(a + b + c) })
}

function watchScope(actor: Actor): Pick<CaseQuery, 'communityId' | 'streetId'> | undefined {
  if ((actor.role === 'supervisor' || actor.role === 'staff') && actor.communityId) return { communityId: actor.communityId }
  if (actor.role === 'admin') return { streetId: actor.streetId }
  return undefined
}

const byDeadline = (items: CaseRecord[]) => [...items].sort((x, y) => (x.dueAt ?? '').localeCompare(y.dueAt ?? ''))

// 待办数 for the home page: how many cases wait for the caller. Staff / admins: the 理事 queue of their community
// (street); handlers: their unit's cases to accept or handle; grid workers: new reports of their grids and published
// results they owe a 回访; the supervision group: rated cases to close and overdue ones. Counted by listing through
// indexed queries, at most 100 each (more: there may be more). Residents: FORBIDDEN.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { CaseRecord } from '../domain/case'
import { STATUS_GROUPS } from '../domain/case-status'
import { ratedByFollowUp } from '../domain/permissions'
import type { CaseQuery } from '../ports/repositories'
import { fail, ok, type Result } from '../contracts/result'
import { isOverdue } from './case-view'
import { readCases } from './read-cases'

export const WAITING_COUNT_LIMIT = 100

interface WaitingRead {
  query: Omit<CaseQuery, 'limit' | 'cursor'>
  /** Keep only these of what the query answers. */
  keep?: (item: CaseRecord) => boolean
}

export async function countWaiting(deps: Deps, actor: Actor): Promise<Result<{ count: number; more: boolean }>> {
  const reads = waitingReads(actor, deps.clock.now())
  if (!reads) return fail('FORBIDDEN', '居民请在"我的说事"中查看自己的事项')
  const waiting = new Set<string>()
  let more = false
  for (const { query, keep } of reads) {
    const read = await readCases(deps, query, WAITING_COUNT_LIMIT)
    read.items.filter((c) => !keep || keep(c)).forEach((c) => waiting.add(c.id))
    more ||= read.more
  }
  return ok({ count: Math.min(waiting.size, WAITING_COUNT_LIMIT), more: more || waiting.size >= WAITING_COUNT_LIMIT })
}

function waitingReads(actor: Actor, now: Date): WaitingRead[] | undefined {
  switch (actor.role) {
    case 'staff':
      return [{ query: { communityId: actor.communityId, statuses: STATUS_GROUPS.awaitingStaff } }]
    case 'admin':
      return [{ query: { streetId: actor.streetId, statuses: STATUS_GROUPS.awaitingStaff } }]
    case 'handler':
      return actor.unitId ? [{ query: { unitId: actor.unitId, statuses: ['assigned', 'inProgress'] } }] : undefined
    case 'gridWorker': {
      const gridIds = actor.gridIds ?? []
      return [
        { query: { gridIds, statuses: ['submitted'] } },
        { query: { gridIds, statuses: ['published'] }, keep: ratedByFollowUp },
        { query: { submittedBy: actor.userId, statuses: ['published'] }, keep: ratedByFollowUp },
      ]
    }
    case 'supervisor':
      return [
        { query: { communityId: actor.communityId, statuses: ['rated'] } },
        { query: { communityId: actor.communityId, statuses: STATUS_GROUPS.handling }, keep: (c) => isOverdue(c, now) },
      ]
    default:
      return undefined
  }
}

// 查事 timer job: a published result not rated within 7 days closes as 未评价. Caller: the system timer only.
// Works in batches (resumable) and answers how many it closed and whether more remain.
import type { Deps } from '../ports'
import { SYSTEM_ACTOR } from '../domain/roles'
import type { CaseRecord } from '../domain/case'
import { findTransition } from '../domain/transitions'
import { buildEvent } from './events'

export const UNRATED_CLOSE_DAYS = 7

export async function closeUnratedCases(deps: Deps, batchSize = 100): Promise<{ closed: number; more: boolean }> {
  const now = deps.clock.now()
  const before = new Date(now.getTime() - UNRATED_CLOSE_DAYS * 86400000).toISOString()
  const page = await deps.repos.cases.listStale('published', before, batchSize)
  const transition = findTransition('published', 'closeUnrated')!
  let closed = 0
  for (const item of page.items) {
    const updated: CaseRecord = { ...item, status: transition.to, closure: 'unrated', version: item.version + 1, updatedAt: now.toISOString() }
    const seq = (await deps.repos.events.listByCase(item.id)).length + 1
    const event = buildEvent({ id: deps.ids.next(), item: updated, seq, action: 'closeUnrated', from: item.status, actor: SYSTEM_ACTOR, at: updated.updatedAt, note: '公示7日内未评价，自动结案' })
    if ((await deps.repos.cases.saveTransition(updated, event)) === 'saved') closed++
  }
  return { closed, more: !!page.nextCursor }
}

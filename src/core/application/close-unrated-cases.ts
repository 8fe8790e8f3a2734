// 查事 timer stage: a published result not rated within 7 days closes as 未评价. Caller: the system timer only.
// Answers how many it closed, the rows it read, and whether more remain (resumable batches).
import type { Deps } from '../ports'
import { applySystemChange } from './reminders/system-change'

export const UNRATED_CLOSE_DAYS = 7

export async function closeUnratedCases(deps: Deps, batchSize = 100, cursor?: string): Promise<{ done: number; read: number; nextCursor?: string }> {
  const before = new Date(deps.clock.now().getTime() - UNRATED_CLOSE_DAYS * 86400000).toISOString()
  const page = await deps.repos.cases.listStale('published', before, batchSize, cursor)
  let done = 0
  for (const item of page.items) {
    const closed = await applySystemChange(deps, item, 'closeUnrated', () => ({ changes: { closure: 'unrated' }, note: '公示7日内未评价，自动结案' }))
    if (closed) done++
  }
  return { done, read: page.items.length, nextCursor: page.nextCursor }
}

// A change the timer makes on its own (no user): same transition table, same event log, retried on a stale version.
import type { Deps } from '../../ports'
import { SYSTEM_ACTOR } from '../../domain/roles'
import type { CaseRecord } from '../../domain/case'
import { findTransition, type CaseAction } from '../../domain/transitions'
import { buildEvent } from '../events'

export async function applySystemChange(
  deps: Deps,
  item: CaseRecord,
  action: CaseAction,
  change: (current: CaseRecord) => { changes: Partial<CaseRecord>; note?: string; data?: Record<string, unknown> },
): Promise<CaseRecord | undefined> {
  let current: CaseRecord | undefined = item
  for (let attempt = 0; attempt < 3 && current; attempt++) {
    const transition = findTransition(current.status, action)
    if (!transition || !transition.roles.includes('system')) return undefined
    const { changes, note, data } = change(current)
    const updated: CaseRecord = { ...current, ...changes, status: transition.to, version: current.version + 1, updatedAt: deps.clock.now().toISOString() }
    const seq = (await deps.repos.events.listByCase(current.id)).length + 1
    const event = buildEvent({ id: deps.ids.next(), item: updated, seq, action, from: current.status, actor: SYSTEM_ACTOR, at: updated.updatedAt, note, data })
    if ((await deps.repos.cases.saveTransition(updated, event)) === 'saved') return updated
    current = await deps.repos.cases.get(item.id)
  }
  return undefined
}

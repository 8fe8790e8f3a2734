// A change the timer makes on its own (no user): same transition table, same event log, retried on a stale version.
import type { Deps } from '../../ports'
import { SYSTEM_ACTOR } from '../../domain/roles'
import type { CaseRecord } from '../../domain/case'
import { findTransition, type CaseAction } from '../../domain/transitions'
import { buildEvent } from '../events'

/**
 * `onceKey` (the sweep's ledger key) is written into the event's data: when an event of the case already carries it,
 * a resumed run finds the change made and answers the case as it is, without a second event.
 */
export async function applySystemChange(
  deps: Deps,
  item: CaseRecord,
  action: CaseAction,
  change: (current: CaseRecord) => { changes: Partial<CaseRecord>; note?: string; data?: Record<string, unknown> },
  onceKey?: string,
): Promise<CaseRecord | undefined> {
  let current: CaseRecord | undefined = item
  for (let attempt = 0; attempt < 3 && current; attempt++) {
    const events = await deps.repos.events.listByCase(current.id)
    if (onceKey && events.some((e) => e.data?.reminder === onceKey)) return deps.repos.cases.get(item.id)
    const transition = findTransition(current.status, action)
    if (!transition || !transition.roles.includes('system')) return undefined
    const { changes, note, data } = change(current)
    const updated: CaseRecord = { ...current, ...changes, status: transition.to, version: current.version + 1, updatedAt: deps.clock.now().toISOString() }
    const seq = events.length + 1
    const eventData = onceKey ? { ...data, reminder: onceKey } : data
    const event = buildEvent({ id: deps.ids.next(), item: updated, seq, action, from: current.status, actor: SYSTEM_ACTOR, at: updated.updatedAt, note, data: eventData })
    if ((await deps.repos.cases.saveTransition(updated, event)) === 'saved') return updated
    current = await deps.repos.cases.get(item.id)
  }
  return undefined
}

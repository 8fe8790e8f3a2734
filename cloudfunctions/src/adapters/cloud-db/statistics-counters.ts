// The statistics counters over the cloud database: a facts document per case (case_statistics, by case id) and a
// document per counter row (statistics_counters, id = counterId), both read and written by id inside the transaction
// that stores the case's event (transactions allow single documents by id only).
import type { CaseEvent } from '@core/domain/case'
import { foldEvent, startsFacts, type CaseFacts, type CaseOrigin } from '@core/domain/statistics-facts'
import { applyChange, contributionChange, parseCounterId, type CounterRow } from '@core/domain/statistics-counters'
import type { Figures } from '@core/domain/statistics'
import type { CloudTransaction, StoredDoc } from './database-api'
import { COLLECTIONS } from './collections'
import { getOrUndefined } from './doc-helpers'

/** Folds `event` into the case's facts and applies the change to the counter documents, inside transaction `t`. */
export async function recordStatistics(t: CloudTransaction, event: CaseEvent, origin: CaseOrigin): Promise<void> {
  const factsRef = t.collection(COLLECTIONS.caseStatistics).doc(event.caseId)
  const stored = await getOrUndefined(factsRef)
  if (!stored && !startsFacts(event)) return
  const before = stored ? (stored.facts as CaseFacts) : undefined
  const after = foldEvent(before, event, origin)
  await factsRef.set({ data: { facts: after } })
  for (const [id, delta] of contributionChange(before, after)) {
    const ref = t.collection(COLLECTIONS.statisticsCounters).doc(id)
    const current = await getOrUndefined(ref)
    const next = applyChange(current ? (current.figures as Figures) : undefined, delta)
    if (next) await ref.set({ data: { ...parseCounterId(id), figures: next } })
    else if (current) await ref.remove()
  }
}

export function rowFromDoc(doc: StoredDoc): CounterRow {
  return { scope: String(doc.scope), bucket: String(doc.bucket), dimension: doc.dimension as CounterRow['dimension'], key: String(doc.key), figures: doc.figures as Figures }
}

// Bulk loading of cases with their timelines: one transaction, the adapter's own row mapping and statements.
// For the load benchmark and imports; the caller refreshes statistics afterwards (optimizeDatabase).
import type { CaseEvent, CaseRecord } from '@core/domain/case'
import type { Database } from './database'
import { CASE_COLUMNS, caseToRow } from './case-row'
import { eventToRow } from './event-row'
import { INSERT_EVENT_SQL } from './event-repository'

const INSERT_SQL = `INSERT INTO cases (${CASE_COLUMNS.join(', ')}) VALUES (${CASE_COLUMNS.map((c) => `@${c}`).join(', ')})`
/** The indexes of a million cases do not fit the default 2 MB page cache: a load gets 512 MB, then hands it back. */
const LOAD_CACHE_KIB = 524_288

/** Inserts every case and its events in one transaction; a clash (id or idempotency key) rolls all of it back. */
export function insertCasesInBulk(db: Database, batches: Iterable<{ item: CaseRecord; events: CaseEvent[] }>): number {
  const insertCase = db.prepare(INSERT_SQL)
  const insertEvent = db.prepare(INSERT_EVENT_SQL)
  const load = db.transaction(() => {
    let count = 0
    for (const { item, events } of batches) {
      insertCase.run(caseToRow(item))
      for (const event of events) insertEvent.run(eventToRow(event))
      count += 1
    }
    return count
  })
  const cacheSize = db.pragma('cache_size', { simple: true }) as number
  db.pragma(`cache_size = -${LOAD_CACHE_KIB}`)
  try {
    return load.immediate()
  } finally {
    db.pragma(`cache_size = ${cacheSize}`)
  }
}

// The statistics counters over SQLite: the tables (migration 10), the fold of one event into a case's facts and the
// counter rows it changes (called inside the case repository's create / saveTransition transaction), and the reads.
import type { CaseEvent } from '@core/domain/case'
import { foldEvent, startsFacts, type CaseFacts, type CaseOrigin } from '@core/domain/statistics-facts'
import { applyChange, contributionChange, parseCounterId, type CounterRow } from '@core/domain/statistics-counters'
import type { Figures } from '@core/domain/statistics'
import type { Statements } from './statements'

export const STATISTICS_TABLES = `
CREATE TABLE statistics_counters (
  scope TEXT NOT NULL,
  bucket TEXT NOT NULL,
  dimension TEXT NOT NULL,
  key TEXT NOT NULL,
  figures TEXT NOT NULL,      -- JSON: metric -> count
  PRIMARY KEY (scope, bucket, dimension, key)
) STRICT, WITHOUT ROWID;
CREATE TABLE case_statistics (
  case_id TEXT PRIMARY KEY,
  facts TEXT NOT NULL         -- JSON: CaseFacts
) STRICT, WITHOUT ROWID;
`

const READ_FACTS = 'SELECT facts FROM case_statistics WHERE case_id = ?'
const WRITE_FACTS = 'INSERT INTO case_statistics (case_id, facts) VALUES (?, ?) ON CONFLICT (case_id) DO UPDATE SET facts = excluded.facts'
const READ_ROW = 'SELECT figures FROM statistics_counters WHERE scope = ? AND bucket = ? AND dimension = ? AND key = ?'
const WRITE_ROW = `INSERT INTO statistics_counters (scope, bucket, dimension, key, figures) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (scope, bucket, dimension, key) DO UPDATE SET figures = excluded.figures`
const DELETE_ROW = 'DELETE FROM statistics_counters WHERE scope = ? AND bucket = ? AND dimension = ? AND key = ?'
export const READ_COUNTERS_SQL = `SELECT scope, bucket, dimension, key, figures FROM statistics_counters WHERE scope = ? AND bucket >= ? AND bucket <= ?
  UNION ALL SELECT scope, bucket, dimension, key, figures FROM statistics_counters WHERE scope = ? AND bucket = 'now'`

/**
 * Folds `event` into the case's stored facts and applies the change to the counter rows. Must run inside the
 * transaction that stores the event. A case without stored facts past its first event (stored before the counters
 * existed, or bulk-loaded) is left to `npm run recount -- --fix`.
 */
export function recordStatistics(statement: Statements, event: CaseEvent, origin: CaseOrigin): void {
  const stored = statement(READ_FACTS).pluck().get(event.caseId) as string | undefined
  if (stored === undefined && !startsFacts(event)) return
  const before = stored === undefined ? undefined : (JSON.parse(stored) as CaseFacts)
  const after = foldEvent(before, event, origin)
  statement(WRITE_FACTS).run(event.caseId, JSON.stringify(after))
  for (const [id, delta] of contributionChange(before, after)) {
    const key = parseCounterId(id)
    const parts = [key.scope, key.bucket, key.dimension, key.key]
    const current = statement(READ_ROW).pluck().get(...parts) as string | undefined
    const next = applyChange(current === undefined ? undefined : (JSON.parse(current) as Figures), delta)
    if (next) statement(WRITE_ROW).run(...parts, JSON.stringify(next))
    else statement(DELETE_ROW).run(...parts)
  }
}

interface StoredRow { scope: string; bucket: string; dimension: string; key: string; figures: string }

export function rowFromStored(row: StoredRow): CounterRow {
  return { scope: row.scope, bucket: row.bucket, dimension: row.dimension as CounterRow['dimension'], key: row.key, figures: JSON.parse(row.figures) as Figures }
}

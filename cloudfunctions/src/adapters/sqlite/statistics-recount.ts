// Recount over SQLite: fold every case's timeline (case_events) again, a thousand cases at a time, compare the sums
// with statistics_counters, and with `fix` rewrite the counters and every case's facts in one transaction.
import type { CaseEvent } from '@core/domain/case'
import type { Figures } from '@core/domain/statistics'
import type { Contribution } from '@core/domain/statistics-counters'
import { parseCounterId } from '@core/domain/statistics-counters'
import { counterDrift, recountCase, type Drift } from '@core/domain/statistics-recount'
import type { Database } from './database'
import { eventFromRow, type EventRow } from './event-row'

const CHUNK = 1000

export interface RecountReport {
  cases: number
  events: number
  drift: Drift[]
  /** Cases whose stored facts differ from their recounted facts. */
  factsDrift: number
  fixed: boolean
}

interface OriginRow { id: string; community_id: string; street_id: string; channel: string; grid_id: string | null }

export function recountSqlite(db: Database, options: { fix?: boolean } = {}): RecountReport {
  const nextCases = db.prepare('SELECT id, community_id, street_id, channel, grid_id FROM cases WHERE id > ? ORDER BY id LIMIT ?')
  const eventsOf = db.prepare('SELECT * FROM case_events WHERE case_id = ? ORDER BY seq')
  const storedFacts = db.prepare('SELECT facts FROM case_statistics WHERE case_id = ?').pluck()
  const expected: Contribution = new Map()
  const facts: Array<[string, string]> = []
  let cases = 0
  let events = 0
  let factsDrift = 0
  let after = ''
  const run = () => {
    for (;;) {
      const chunk = nextCases.all(after, CHUNK) as OriginRow[]
      for (const row of chunk) {
        const timeline = (eventsOf.all(row.id) as EventRow[]).map(eventFromRow) as CaseEvent[]
        const origin = { communityId: row.community_id, streetId: row.street_id, channel: row.channel as never, ...(row.grid_id ? { gridId: row.grid_id } : {}) }
        const recounted = JSON.stringify(recountCase(expected, { origin, events: timeline }) ?? null)
        if ((storedFacts.get(row.id) ?? 'null') !== recounted) factsDrift += 1
        if (options.fix) facts.push([row.id, recounted])
        cases += 1
        events += timeline.length
      }
      if (options.fix && facts.length > 0) flushFacts(db, facts.splice(0))
      if (chunk.length < CHUNK) return
      after = chunk[chunk.length - 1].id
    }
  }
  const stored = new Map((db.prepare('SELECT scope, bucket, dimension, key, figures FROM statistics_counters').all() as Array<{ scope: string; bucket: string; dimension: string; key: string; figures: string }>)
    .map((r) => [[r.scope, r.bucket, r.dimension, r.key].join('|'), JSON.parse(r.figures) as Figures]))
  if (options.fix) db.transaction(() => { db.exec('DELETE FROM case_statistics'); run(); writeCounters(db, expected) }).immediate()
  else run()
  return { cases, events, drift: counterDrift(stored, expected), factsDrift, fixed: !!options.fix }
}

function flushFacts(db: Database, facts: Array<[string, string]>): void {
  const write = db.prepare('INSERT INTO case_statistics (case_id, facts) VALUES (?, ?)')
  for (const [caseId, json] of facts) if (json !== 'null') write.run(caseId, json)
}

function writeCounters(db: Database, rows: Contribution): void {
  db.exec('DELETE FROM statistics_counters')
  const write = db.prepare('INSERT INTO statistics_counters (scope, bucket, dimension, key, figures) VALUES (?, ?, ?, ?, ?)')
  for (const [id, figures] of rows) {
    const kept = Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== 0))
    if (Object.keys(kept).length === 0) continue
    const key = parseCounterId(id)
    write.run(key.scope, key.bucket, key.dimension, key.key, JSON.stringify(kept))
  }
}

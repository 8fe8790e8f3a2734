// EventRepository over SQLite: events are only ever inserted (a trigger refuses updates).
import type { EventRepository } from '@core/ports/repositories'
import type { Database } from './database'
import { eventFromRow, type EventRow } from './event-row'

const EVENT_COLUMNS: ReadonlyArray<keyof EventRow> = ['id', 'case_id', 'seq', 'action', 'from_status', 'to_status', 'actor_id', 'actor_name', 'actor_role', 'at', 'note', 'attachments', 'data']

export const INSERT_EVENT_SQL = `INSERT INTO case_events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map((c) => `@${c}`).join(', ')})`

export function createSqliteEventRepository(db: Database): EventRepository {
  const byCase = db.prepare('SELECT * FROM case_events WHERE case_id = ? ORDER BY seq')
  return {
    async listByCase(caseId: string) {
      return (byCase.all(caseId) as EventRow[]).map(eventFromRow)
    },
  }
}

// MeetingRepository over SQLite: the whole meeting as JSON beside its lookup columns (migration 8 in schema.ts).
// Lists are read by range on (scope, status, date, id) indexes.
import type { Meeting } from '@core/domain/meeting'
import type { MeetingQuery, MeetingRepository } from '@core/ports/meeting-repository'
import type { Database } from './database'
import { statementCache } from './statements'
import { checkLimit, decodeCursor, encodeCursor } from '../shared/cursor'

const toRow = (m: Meeting) => ({ id: m.id, street_id: m.streetId, community_id: m.communityId, status: m.status, date: m.date, version: m.version, data: JSON.stringify(m) })

export function createSqliteMeetingRepository(db: Database): MeetingRepository {
  const statement = statementCache(db)
  return {
    async create(meeting) {
      const inserted = statement(`INSERT INTO meetings (id, street_id, community_id, status, date, version, data)
        VALUES (@id, @street_id, @community_id, @status, @date, @version, @data) ON CONFLICT (id) DO NOTHING`).run(toRow(meeting))
      return inserted.changes === 1
    },
    async get(id) {
      const row = statement('SELECT data FROM meetings WHERE id = ?').get(id) as { data: string } | undefined
      return row && (JSON.parse(row.data) as Meeting)
    },
    async save(meeting) {
      const updated = statement(`UPDATE meetings SET status = @status, date = @date, version = @version, data = @data
        WHERE id = @id AND version = @previous`).run({ ...toRow(meeting), previous: meeting.version - 1 })
      return updated.changes === 1 ? 'saved' : 'stale'
    },
    async list(query: MeetingQuery) {
      checkLimit(query.limit)
      const terms = ['status = ?']
      const params: unknown[] = [query.status]
      if (query.communityId) terms.unshift('community_id = ?'), params.unshift(query.communityId)
      else if (query.streetId) terms.unshift('street_id = ?'), params.unshift(query.streetId)
      if (query.fromDate) terms.push('date >= ?'), params.push(query.fromDate)
      if (query.toDate) terms.push('date <= ?'), params.push(query.toDate)
      const beyond = query.order === 'asc' ? '>' : '<'
      if (query.cursor) {
        const after = decodeCursor(query.cursor)
        terms.push(`(date ${beyond} ? OR (date = ? AND id ${beyond} ?))`)
        params.push(after.key, after.key, after.id)
      }
      const index = query.communityId ? 'meetings_community' : query.streetId ? 'meetings_street' : 'meetings_status'
      const direction = query.order === 'asc' ? 'ASC' : 'DESC'
      const rows = statement(`SELECT data FROM meetings INDEXED BY ${index} WHERE ${terms.join(' AND ')} ORDER BY date ${direction}, id ${direction} LIMIT ?`).all(
        ...params,
        query.limit + 1,
      ) as Array<{ data: string }>
      const items = rows.slice(0, query.limit).map((row) => JSON.parse(row.data) as Meeting)
      const last = items[items.length - 1]
      return rows.length > query.limit ? { items, nextCursor: encodeCursor({ key: last.date, id: last.id }) } : { items }
    },
  }
}

/** Migration 8: meetings. */
export const MEETING_TABLES = `
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  street_id TEXT NOT NULL,
  community_id TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT NOT NULL,
  version INTEGER NOT NULL,
  data TEXT NOT NULL          -- JSON: the whole Meeting
) STRICT;
CREATE INDEX meetings_community ON meetings (community_id, status, date, id);
CREATE INDEX meetings_street ON meetings (street_id, status, date, id);
CREATE INDEX meetings_status ON meetings (status, date, id);
`

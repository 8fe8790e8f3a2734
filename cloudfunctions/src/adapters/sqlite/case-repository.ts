// CaseRepository over SQLite: create and saveTransition are single transactions (with the statistics counters they
// change; creates that arrive together share one commit); pages are read by range.
import { caseNumber, type BoardCard, type CaseCard, type CaseEvent, type CaseRecord } from '@core/domain/case'
import type { CaseStatus } from '@core/domain/case-status'
import type { CaseQuery, CaseRepository, CaseScope, Page, SaveOutcome } from '@core/ports/repositories'
import type { Database } from './database'
import { CASE_COLUMNS, caseFromRow, caseToRow, type CaseRow } from './case-row'
import { boardCardFromRow, boardSql, cardFromRow, cardsSql, type BoardRow, type CardRow, type RawPageRow } from './card-row'
import { eventToRow } from './event-row'
import { countForDayQuery, listAgendaQuery, listCreatedQuery, listDueQuery, listPublishedQuery, listQuery, listStaleQuery, type SqlQuery } from './case-queries'
import { encodeCursor } from '../shared/cursor'
import { INSERT_EVENT_SQL } from './event-repository'
import { statementCache } from './statements'
import { groupCommit } from './group-commit'
import { recordStatistics } from './statistics-counters'

const INSERT_CASE_SQL = `INSERT INTO cases (${CASE_COLUMNS.join(', ')}) VALUES (${CASE_COLUMNS.map((c) => `@${c}`).join(', ')})
  ON CONFLICT (idempotency_key) DO NOTHING`

const UPDATE_CASE_SQL = `UPDATE cases SET ${CASE_COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')}
  WHERE id = @id AND version = @expected_version`

export function createSqliteCaseRepository(db: Database): CaseRepository {
  const statement = statementCache(db)
  const byId = (id: string) => statement('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined
  const byKey = (key: string) => statement('SELECT * FROM cases WHERE idempotency_key = ?').get(key) as CaseRow | undefined

  // Submits arriving together are committed together (group-commit.ts), each in its own savepoint.
  const create = groupCommit(db, (draft: CaseRecord, firstEvent: CaseEvent, numbering?: { datePrefix: string }): { item: CaseRecord; created: boolean } => {
    let item = draft
    if (numbering) {
      // A key used before keeps its case and its number: no number of the day is taken for it.
      const existing = byKey(draft.idempotencyKey)
      if (existing) return { item: caseFromRow(existing), created: false }
      item = { ...draft, caseNo: caseNumber(numbering.datePrefix, bumpSequence(draft.communityId, numbering.datePrefix)) }
    }
    const inserted = statement(INSERT_CASE_SQL).run(caseToRow(item))
    if (inserted.changes === 0) {
      const existing = byKey(item.idempotencyKey)
      if (!existing) throw new Error(`idempotency key ${item.idempotencyKey} conflicted but no case holds it`)
      return { item: caseFromRow(existing), created: false }
    }
    statement(INSERT_EVENT_SQL).run(eventToRow(firstEvent))
    recordStatistics(statement, firstEvent, item)
    return { item, created: true }
  })

  const saveTransition = db.transaction((item: CaseRecord, event: CaseEvent): SaveOutcome => {
    const updated = statement(UPDATE_CASE_SQL).run({ ...caseToRow(item), expected_version: item.version - 1 })
    if (updated.changes === 0) return 'stale'
    statement(INSERT_EVENT_SQL).run(eventToRow(event))
    recordStatistics(statement, event, item)
    return 'saved'
  })

  /** The day's counter: one indexed row bumped; only the first number of a day counts what is already numbered. */
  function bumpSequence(communityId: string, day: string): number {
    const bumped = statement('UPDATE case_counters SET value = value + 1 WHERE community_id = ? AND day = ? RETURNING value').pluck().get(communityId, day) as number | undefined
    if (bumped !== undefined) return bumped
    const { sql, params } = countForDayQuery(communityId, day)
    const numbered = statement(sql).pluck().get(...params) as number
    return statement('INSERT INTO case_counters (community_id, day, value) VALUES (?, ?, ?) RETURNING value').pluck().get(communityId, day, numbered + 1) as number
  }
  const nextSequence = db.transaction(bumpSequence)

  /** The page's (id, key) rows come from the indexes alone; then each row of the page by id. */
  function runPage(query: SqlQuery | 'nothing'): Page<CaseRecord> {
    if (query === 'nothing') return { items: [] }
    const keys = statement(query.sql).raw(false).all(...query.params) as Array<{ id: string; key: string }>
    const items = keys.slice(0, query.limit).flatMap((k) => {
      const row = byId(k.id)
      return row ? [caseFromRow(row)] : []
    })
    if (keys.length <= query.limit) return { items }
    const last = keys[query.limit - 1]
    return { items, nextCursor: encodeCursor({ key: String(last.key), id: last.id }) }
  }

  /**
   * The same page, its rows read raw (card-row.ts: cards or board rows) in one statement by the page's ids, then put in
   * the page's order, which the index query gave.
   */
  function runRawPage<Row extends RawPageRow, Item>(query: SqlQuery | 'nothing', sqlOf: (count: number) => string, fromRow: (row: Row) => Item): Page<Item> {
    if (query === 'nothing') return { items: [] }
    const keys = statement(query.sql).raw(true).all(...query.params) as Array<[id: string, key: string | null]>
    const ids = keys.slice(0, query.limit).map(([id]) => id)
    if (ids.length === 0) return { items: [] }
    const rows = new Map((statement(sqlOf(ids.length)).raw(true).all(...ids) as Row[]).map((row) => [row[0], row]))
    const items = ids.flatMap((id) => {
      const row = rows.get(id)
      return row ? [fromRow(row)] : []
    })
    if (keys.length <= query.limit) return { items }
    const [id, key] = keys[query.limit - 1]
    return { items, nextCursor: encodeCursor({ key: String(key), id }) }
  }
  const runCardPage = (query: SqlQuery | 'nothing') => runRawPage<CardRow, CaseCard>(query, cardsSql, cardFromRow)

  return {
    async create(item, firstEvent, numbering) {
      try {
        return await create(item, firstEvent, numbering)
      } catch (error) {
        // Same answer as the cloud adapter, as a plain Error: better-sqlite3's SqliteError comes from the
        // realm that first loaded the native module, which breaks `instanceof Error` in other realms.
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new Error(`case id ${item.id} already exists`)
        throw error
      }
    },
    async get(id: string) {
      const row = byId(id)
      return row && caseFromRow(row)
    },
    async findByIdempotencyKey(key: string) {
      const row = byKey(key)
      return row && caseFromRow(row)
    },
    async saveTransition(item, event) {
      return saveTransition.immediate(item, event)
    },
    async list(query: CaseQuery) {
      return runPage(listQuery(query))
    },
    async listCards(query: CaseQuery) {
      return runCardPage(listQuery(query))
    },
    async listAgenda(scope: CaseScope, limit: number, cursor?: string) {
      return runPage(listAgendaQuery(scope, limit, cursor))
    },
    async listAgendaCards(scope: CaseScope, limit: number, cursor?: string) {
      return runCardPage(listAgendaQuery(scope, limit, cursor))
    },
    async listPublished(communityId: string, limit: number, cursor?: string) {
      return runRawPage<BoardRow, BoardCard>(listPublishedQuery(communityId, limit, cursor), boardSql, boardCardFromRow)
    },
    async listDue(statuses: readonly CaseStatus[], before: string, limit: number, cursor?: string) {
      return runPage(listDueQuery(statuses, before, limit, cursor))
    },
    async listStale(status: 'published', before: string, limit: number, cursor?: string) {
      return runPage(listStaleQuery(status, before, limit, cursor))
    },
    async listCreated(scope, start, before, limit, cursor) {
      return runPage(listCreatedQuery(scope, start, before, limit, cursor))
    },
    async nextCaseSequence(communityId: string, datePrefix: string) {
      return nextSequence.immediate(communityId, datePrefix)
    },
    async countForDay(communityId: string, datePrefix: string) {
      const { sql, params } = countForDayQuery(communityId, datePrefix)
      return statement(sql).pluck().get(...params) as number
    },
  }
}

// Issue 12: every list query of the SQLite adapter is served by an index that matches its filter and its order,
// read from EXPLAIN QUERY PLAN on an adversarial data set (the open cases are the oldest, every urgent case but a
// few is closed): no `SCAN cases`, no temporary B-tree for ORDER BY, and each SEARCH uses an index whose leading
// columns are exactly the query's equality terms. First the SQL builders for every scope and group, then every
// statement the application itself runs (lists of each role and group, cursors, agenda, board, 待办数, 督办视图,
// 合并候选, the sweep, get and submit), captured from the database.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { boardSql, cardsSql } from '../../cloudfunctions/src/adapters/sqlite/card-row'
import { closeDatabase, insertCasesInBulk, openDatabase, optimizeDatabase, type Database } from '../../cloudfunctions/src/adapters/sqlite'
import { countForDayQuery, listAgendaQuery, listCreatedQuery, listDueQuery, listPublishedQuery, listQuery, listStaleQuery, type SqlQuery } from '../../cloudfunctions/src/adapters/sqlite/case-queries'
import { encodeCursor } from '../../cloudfunctions/src/adapters/shared/cursor'
import { STATUS_GROUPS, type CaseStatus } from '../../src/core/domain/case-status'
import type { CaseQuery, CaseScope } from '../../src/core/ports/repositories'
import { loadCases } from '../bench/load-data'
import { createHarness, data, type Harness } from '../support/local-harness'
import { DEMO_COMMUNITY, act, residentReports } from '../support/case-steps'
import type { CaseList, CaseView } from '../../src/core/contracts/views'

const NOW = new Date('2026-11-30T02:00:00Z')
const ADVERSARIAL = { count: 20_000, mix: 'adversarial' as const, now: NOW, openUrgent: 3 }

/** The plan's lines, after checking them against the three rules; answers the indexes used. */
function checkPlan(db: Database, sql: string, params: unknown[]): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>
  const plan = rows.map((r) => r.detail).join('\n')
  const context = `\n${sql}\n${plan}`
  if (/\bSCAN cases\b/.test(plan)) throw new Error(`SCAN cases:${context}`)
  if (/TEMP B-TREE/.test(plan)) throw new Error(`temporary B-tree:${context}`)
  const used: string[] = []
  for (const line of rows.map((r) => r.detail).filter((d) => /^SEARCH cases\b/.test(d))) {
    const match = /^SEARCH cases USING (?:COVERING )?INDEX (\w+) \((.*)\)$/.exec(line)
    if (!match) throw new Error(`not an index search: ${line}${context}`)
    const [, index, constraints] = match
    const columns = (db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(index) as string[])
    const planEqualities = constraints.split(' AND ').filter((c) => /^\w+=\?$/.test(c)).map((c) => c.slice(0, -2))
    const partialWhere = ((db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(index) as string | null) ?? '').split(' WHERE ')[1] ?? ''
    const firstArm = sql.split(' UNION ALL ')[0]
    // A term the partial index's WHERE already holds is served by the index without a column of its own (urgency = 'urgent').
    const sqlEqualities = [...firstArm.matchAll(/(\w+) = (?:\?|'[^']*')/g)].filter((m) => !partialWhere.includes(m[0]) || columns.includes(m[1])).map((m) => m[1])
    expect({ line, equalities: [...planEqualities].sort() }).toEqual({ line, equalities: [...new Set(sqlEqualities)].sort() })
    expect(columns.slice(0, planEqualities.length)).toEqual(planEqualities)
    if (planEqualities.length === 0) throw new Error(`no equality term leads the index: ${line}${context}`)
    used.push(index)
  }
  if (used.length === 0 && !/SEARCH/.test(plan)) throw new Error(`no index search:${context}`)
  return used
}

describe('sqlite query plans: the SQL of every list, on adversarial data', () => {
  const folder = mkdtempSync(join(tmpdir(), 'shuoshi-plans-'))
  let db: Database
  beforeAll(() => {
    db = openDatabase(join(folder, 'plans.db'))
    insertCasesInBulk(db, loadCases(ADVERSARIAL))
    optimizeDatabase(db)
  })
  afterAll(() => {
    closeDatabase(db)
    rmSync(folder, { recursive: true, force: true })
  })

  const plan = (query: SqlQuery | 'nothing') => {
    if (query === 'nothing') throw new Error('expected a query')
    return checkPlan(db, query.sql, query.params)
  }
  const cursor = encodeCursor({ key: '2026-01-01T00:00:00.000Z', id: 'case-load-0001000' })
  const scopes: Record<string, CaseScope> = {
    unit: { unitId: 'unit-sanitation' },
    grid: { gridIds: ['grid-1'] },
    grids: { gridIds: ['grid-1', 'grid-2'] },
    community: { communityId: DEMO_COMMUNITY },
    street: { streetId: 'street-shengli' },
  }
  const groups: Array<[string, readonly CaseStatus[] | undefined]> = [['every status', undefined], ...Object.entries(STATUS_GROUPS)]

  for (const [scopeName, scope] of Object.entries(scopes)) {
    for (const [groupName, statuses] of groups) {
      // The open group has a partial index of its own per scope (one arm); every other group reads (scope, status).
      const suffix = groupName === 'open' ? 'open' : 'status'
      it(`queue of ${scopeName}, ${groupName}: page 1 and a cursor page read the (scope, ${suffix}) index`, () => {
        const query: CaseQuery = { ...scope, statuses, limit: 20 }
        const prefix = scopeName.startsWith('grid') ? 'grid' : scopeName
        expect(new Set(plan(listQuery(query)))).toEqual(new Set([`cases_${prefix}_${suffix}`]))
        expect(new Set(plan(listQuery({ ...query, cursor })))).toEqual(new Set([`cases_${prefix}_${suffix}`]))
      })
    }
    for (const group of [undefined, 'open', 'awaitingStaff'] as const) {
      it(`pinned urgent list of ${scopeName}, ${group ?? 'every status'}: the partial urgent index`, () => {
        const prefix = scopeName.startsWith('grid') ? 'grid' : scopeName
        const index = group === 'open' ? `cases_${prefix}_open_urgent` : `cases_${prefix}_urgent`
        expect(new Set(plan(listQuery({ ...scope, statuses: group && STATUS_GROUPS[group], urgency: 'urgent', limit: 20 })))).toEqual(new Set([index]))
      })
    }
    it(`agenda of ${scopeName}: the partial agenda index in meeting-date order`, () => {
      const prefix = scopeName.startsWith('grid') ? 'grid' : scopeName
      expect(new Set(plan(listAgendaQuery(scope, 20)))).toEqual(new Set([`cases_${prefix}_agenda`]))
      expect(new Set(plan(listAgendaQuery(scope, 20, encodeCursor({ key: '2026-12-01', id: 'case-1' }))))).toEqual(new Set([`cases_${prefix}_agenda`]))
    })
  }

  it('a list read as cards: the page from its indexes, then its rows by primary key (no scan, no sort, no temporary table)', () => {
    for (const query of [listQuery({ communityId: DEMO_COMMUNITY, statuses: STATUS_GROUPS.open, limit: 20 }), listQuery({ unitId: 'unit-sanitation', statuses: STATUS_GROUPS.open, urgency: 'urgent', limit: 20, cursor }), listAgendaQuery({ gridIds: ['grid-1', 'grid-2'] }, 20)]) {
      if (query === 'nothing') throw new Error('expected a query')
      expect(checkPlan(db, query.sql, query.params).length).toBeGreaterThan(0)
    }
    for (const sql of [cardsSql(1), cardsSql(21), boardSql(21)]) {
      const ids = Array.from({ length: (sql.match(/\?/g) ?? []).length }, (_, i) => `case-${i}`)
      const details = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...ids) as Array<{ detail: string }>).map((r) => r.detail)
      expect(details).toEqual(['SEARCH c USING INDEX sqlite_autoindex_cases_1 (id=?)'])
    }
    expect(() => cardsSql(0)).toThrow(RangeError)
  })

  it('a resident’s and a submitter’s lists, whole and by status', () => {
    expect(plan(listQuery({ petitionerUserId: 'user-wang', limit: 20 }))).toEqual(['cases_petitioner'])
    expect(plan(listQuery({ petitionerUserId: 'user-wang', limit: 20, cursor }))).toEqual(['cases_petitioner'])
    expect(plan(listQuery({ submittedBy: 'user-grid-zhao', limit: 20, cursor }))).toEqual(['cases_submitted_by'])
    expect(new Set(plan(listQuery({ submittedBy: 'user-grid-zhao', statuses: ['published'], limit: 100 })))).toEqual(new Set(['cases_submitted_by_status']))
  })

  it('the board reads only published results, newest publication first', () => {
    expect(new Set(plan(listPublishedQuery(DEMO_COMMUNITY, 20)))).toEqual(new Set(['cases_board']))
    expect(new Set(plan(listPublishedQuery(DEMO_COMMUNITY, 20, cursor)))).toEqual(new Set(['cases_board']))
  })

  it('the sweep’s deadline and stale stages, and the day’s count', () => {
    expect(new Set(plan(listDueQuery(STATUS_GROUPS.handling, NOW.toISOString(), 100)))).toEqual(new Set(['cases_due']))
    expect(new Set(plan(listDueQuery(STATUS_GROUPS.handling, NOW.toISOString(), 100, cursor)))).toEqual(new Set(['cases_due']))
    expect(plan(listStaleQuery('published', NOW.toISOString(), 100, cursor))).toEqual(['cases_stale'])
    expect(plan(listStaleQuery('published', NOW.toISOString(), 100))).toEqual(['cases_stale'])
    // Only published cases are indexed by their last change: another status is refused before any statement runs.
    expect(() => listStaleQuery('onAgenda' as 'published', NOW.toISOString(), 100)).toThrow(RangeError)
    expect(checkPlan(db, countForDayQuery(DEMO_COMMUNITY, 'SS20261130').sql, countForDayQuery(DEMO_COMMUNITY, 'SS20261130').params)).toEqual(['cases_day'])
  })

  it('the 台账 reads a community’s or a street’s period by (scope, status, created_at, id), each status merged', () => {
    const [start, before] = ['2026-10-31T16:00:00.000Z', '2026-11-30T16:00:00.000Z']
    expect(new Set(plan(listCreatedQuery({ communityId: DEMO_COMMUNITY, streetId: 'street-shengli' }, start, before, 100)))).toEqual(new Set(['cases_community_status']))
    expect(new Set(plan(listCreatedQuery({ communityId: DEMO_COMMUNITY, streetId: 'street-shengli' }, start, before, 100, cursor)))).toEqual(new Set(['cases_community_status']))
    expect(new Set(plan(listCreatedQuery({ streetId: 'street-shengli' }, start, before, 100, cursor)))).toEqual(new Set(['cases_street_status']))
  })

  it('answers a page of the worst queue quickly: the community’s urgent open cases, of which there are 3 in 20,000', () => {
    const query = listQuery({ communityId: DEMO_COMMUNITY, statuses: STATUS_GROUPS.open, urgency: 'urgent', limit: 20 })
    if (query === 'nothing') throw new Error('expected a query')
    const statement = db.prepare(query.sql)
    expect(statement.all(...query.params)).toHaveLength(3)
    const started = process.hrtime.bigint()
    for (let i = 0; i < 100; i += 1) statement.all(...query.params)
    expect(Number(process.hrtime.bigint() - started) / 1e6 / 100).toBeLessThan(5)
  })
})

describe('sqlite query plans: every statement the application runs on cases', () => {
  let h: Harness
  const seen = new Map<string, number>()

  beforeAll(async () => {
    h = await createHarness(NOW.toISOString())
    insertCasesInBulk(h.runtime.db, loadCases({ ...ADVERSARIAL, count: 5_000 }))
    optimizeDatabase(h.runtime.db)
    const prepare = h.runtime.db.prepare.bind(h.runtime.db)
    h.runtime.db.prepare = ((sql: string) => {
      if (/\bFROM cases\b/.test(sql) && /^\s*(SELECT|WITH)\b/i.test(sql)) seen.set(sql, (sql.match(/\?/g) ?? []).length)
      return prepare(sql)
    }) as typeof h.runtime.db.prepare
  })
  afterAll(() => h.close())

  it('lists of each role and group (with a second page), agenda, board, 待办数, 督办视图, 合并候选, the sweep, get and submit', async () => {
    const roles = ['persona-resident', 'persona-grid', 'persona-staff', 'persona-handler', 'persona-supervisor', 'persona-admin']
    for (const as of roles) {
      const mine = data<CaseList>(await h.call(as, 'cases', 'listMine', { limit: 5 }))
      if (mine.nextCursor) data(await h.call(as, 'cases', 'listMine', { limit: 5, cursor: mine.nextCursor }))
      if (as === 'persona-resident') continue
      for (const group of [undefined, ...Object.keys(STATUS_GROUPS)]) {
        const page = data<CaseList>(await h.call(as, 'cases', 'listQueue', { group, limit: 5 }))
        if (page.nextCursor) data(await h.call(as, 'cases', 'listQueue', { group, limit: 5, cursor: page.nextCursor }))
      }
      const agenda = data<CaseList>(await h.call(as, 'meetings', 'listAgenda', { limit: 5 }))
      if (agenda.nextCursor) data(await h.call(as, 'meetings', 'listAgenda', { limit: 5, cursor: agenda.nextCursor }))
      data(await h.call(as, 'cases', 'countWaiting', {}))
    }
    const board = data<{ nextCursor?: string }>(await h.call('persona-resident', 'cases', 'listBoard', { communityId: DEMO_COMMUNITY, limit: 5 }))
    data(await h.call('persona-resident', 'cases', 'listBoard', { communityId: DEMO_COMMUNITY, limit: 5, cursor: board.nextCursor }))
    for (const as of ['persona-staff', 'persona-supervisor', 'persona-admin']) data(await h.call(as, 'supervision', 'listWatch', {}))
    const fresh = await residentReports(h, '航空路小区1栋门口的垃圾三天没人清理了')
    data(await h.call('persona-staff', 'cases', 'listSimilar', { caseId: fresh.id }))
    data<CaseView>(await h.call('persona-staff', 'cases', 'get', { caseId: fresh.id }))
    await act(h, 'persona-staff', 'triage', fresh, { category: 'sanitation', urgency: 'urgent' })
    await h.timer('supervision', 'sweep')

    expect(seen.size).toBeGreaterThan(20)
    const failures: string[] = []
    for (const [sql, count] of seen) {
      try {
        checkPlan(h.runtime.db, sql, Array.from({ length: count }, () => null))
      } catch (error) {
        failures.push((error as Error).message)
      }
    }
    expect(failures).toEqual([])
  })
})

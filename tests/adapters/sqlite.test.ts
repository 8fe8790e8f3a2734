// The SQLite adapter against the repository contract, on real database files in a temporary folder.
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeDatabase, createSqliteRepositories, openDatabase, type Database } from '../../cloudfunctions/src/adapters/sqlite'
import { MIGRATIONS, migrate } from '../../cloudfunctions/src/adapters/sqlite/schema'
import { countForDayQuery, listDueQuery, listQuery, listStaleQuery, type SqlQuery } from '../../cloudfunctions/src/adapters/sqlite/case-queries'
import { repositoryContract } from '../support/repository-contract'
import { buildCase, buildFirstEvent } from '../support/builders'

const folder = mkdtempSync(join(tmpdir(), 'shuoshi-sqlite-'))
let files = 0
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function newFile(): string {
  files += 1
  return join(folder, `nested-${files}`, 'shuoshi.db')
}

repositoryContract('sqlite', async () => {
  const db = openDatabase(newFile())
  return { repos: createSqliteRepositories(db), close: async () => closeDatabase(db) }
})

describe('sqlite: database file', () => {
  it('creates folders, uses WAL, and records the migrations once', async () => {
    const file = newFile()
    const db = openDatabase(file)
    expect(existsSync(file)).toBe(true)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version))
    expect(migrate(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1].version)
    expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length)
    closeDatabase(db)
    closeDatabase(db)
  })

  it('keeps data across reopening the file', async () => {
    const file = newFile()
    const item = buildCase()
    const first = openDatabase(file)
    await createSqliteRepositories(first).cases.create(item, buildFirstEvent(item))
    closeDatabase(first)
    const second = openDatabase(file)
    await expect(createSqliteRepositories(second).cases.get(item.id)).resolves.toStrictEqual(item)
    closeDatabase(second)
  })

  it('fills the resident lookup columns of users stored before they existed', () => {
    const db = openDatabase(':memory:')
    db.exec('DROP INDEX users_resident_household; DROP INDEX users_resident_phone; ALTER TABLE users DROP COLUMN community_id; ALTER TABLE users DROP COLUMN household_id; ALTER TABLE users DROP COLUMN phone')
    db.prepare(`DELETE FROM schema_migrations WHERE version = 5`).run()
    const user = { id: 'u-old', openid: 'o-old', name: '老住户', role: 'resident', streetId: 's', communityId: 'c', householdId: 'h', phone: '13900000000' }
    db.prepare('INSERT INTO users (id, openid, role, street_id, data) VALUES (?, ?, ?, ?, ?)').run(user.id, user.openid, user.role, user.streetId, JSON.stringify(user))
    migrate(db)
    expect(db.prepare('SELECT community_id, household_id, phone FROM users').get()).toEqual({ community_id: 'c', household_id: 'h', phone: '13900000000' })
    closeDatabase(db)
  })

  it('refuses a database from newer code', () => {
    const db = openDatabase(':memory:')
    db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')`).run()
    expect(() => migrate(db)).toThrow(/newer/)
    closeDatabase(db)
  })

  it('never rewrites an event', async () => {
    const db = openDatabase(':memory:')
    const item = buildCase()
    await createSqliteRepositories(db).cases.create(item, buildFirstEvent(item))
    expect(() => db.prepare(`UPDATE case_events SET note = 'changed'`).run()).toThrow(/never rewritten/)
    closeDatabase(db)
  })
})

describe('sqlite: query plans use indexes', () => {
  let db: Database

  beforeAll(async () => {
    db = openDatabase(newFile())
    const repos = createSqliteRepositories(db)
    for (let i = 0; i < 50; i += 1) {
      const item = buildCase({ communityId: `c-${i % 5}`, status: i % 2 ? 'inProgress' : 'closed', dueAt: `2026-12-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z` })
      await repos.cases.create(item, buildFirstEvent(item))
    }
    db.exec('ANALYZE')
  })
  afterAll(() => closeDatabase(db))

  function plan(query: SqlQuery | 'nothing' | { sql: string; params: Array<string | number> }): string {
    if (query === 'nothing') throw new Error('expected a query')
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as Array<{ detail: string }>
    return rows.map((r) => r.detail).join('\n')
  }

  const cursorAt = (key: string, id: string) => Buffer.from(`${key}|${id}`).toString('base64url')

  it('list by community reads the (community_id, created_at, id) index in order, also from a cursor', () => {
    const first = plan(listQuery({ communityId: 'c-1', limit: 20 }))
    expect(first).toMatch(/SEARCH cases USING INDEX cases_community/)
    expect(first).not.toMatch(/TEMP B-TREE/)
    const next = plan(listQuery({ communityId: 'c-1', limit: 20, cursor: cursorAt('2026-11-28T02:00:00.000Z', 'case-1') }))
    expect(next).toMatch(/SEARCH cases USING INDEX cases_community \(community_id=\? AND \(created_at,id\)<\(\?,\?\)\)/)
  })

  it('list by every other scope uses its index', () => {
    expect(plan(listQuery({ petitionerUserId: 'p', limit: 20 }))).toMatch(/USING INDEX cases_petitioner/)
    expect(plan(listQuery({ submittedBy: 'p', limit: 20 }))).toMatch(/USING INDEX cases_submitted_by/)
    expect(plan(listQuery({ unitId: 'u', limit: 20 }))).toMatch(/USING INDEX cases_unit/)
    expect(plan(listQuery({ gridIds: ['g-1', 'g-2'], limit: 20 }))).toMatch(/USING INDEX cases_grid/)
    expect(plan(listQuery({ streetId: 's', limit: 20 }))).toMatch(/USING INDEX cases_street/)
  })

  it('listDue reads the (status, due_at, id) index', () => {
    const detail = plan(listDueQuery(['assigned', 'inProgress'], '2026-12-10T00:00:00.000Z', 50, cursorAt('2026-12-01T00:00:00.000Z', 'case-1')))
    expect(detail).toMatch(/SEARCH cases USING INDEX cases_due \(status=\? AND/)
    expect(detail).not.toMatch(/SCAN cases/)
  })

  it('listStale and countForDay read their indexes', () => {
    const stale = plan(listStaleQuery('published', '2026-12-10T00:00:00.000Z', 50))
    expect(stale).toMatch(/SEARCH cases USING INDEX cases_stale \(status=\? AND updated_at<\?\)/)
    expect(stale).not.toMatch(/TEMP B-TREE/)
    expect(plan(countForDayQuery('c-1', 'SS20261128'))).toMatch(/SEARCH cases USING COVERING INDEX cases_day \(community_id=\? AND case_no>\? AND case_no<\?\)/)
  })

  it('residents are found through the household and phone indexes', () => {
    const byHousehold = plan({ sql: "SELECT * FROM users WHERE role = 'resident' AND community_id = ? AND household_id = ? ORDER BY id LIMIT 20", params: ['c-1', 'h-1'] })
    expect(byHousehold).toMatch(/SEARCH users USING INDEX users_resident_household \(community_id=\? AND household_id=\?\)/)
    expect(byHousehold).not.toMatch(/TEMP B-TREE/)
    const byPhone = plan({ sql: "SELECT * FROM users WHERE role = 'resident' AND community_id = ? AND phone = ? ORDER BY id LIMIT 20", params: ['c-1', '139'] })
    expect(byPhone).toMatch(/SEARCH users USING INDEX users_resident_phone \(community_id=\? AND phone=\?\)/)
  })

  it('events of a case come from the (case_id, seq) index', () => {
    const detail = plan({ sql: 'SELECT * FROM case_events WHERE case_id = ? ORDER BY seq', params: ['case-1'] })
    expect(detail).toMatch(/SEARCH case_events USING INDEX sqlite_autoindex_case_events_2 \(case_id=\?\)/)
  })
})

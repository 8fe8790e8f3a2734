// The SQLite adapter against the repository contract, on real database files in a temporary folder.
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeDatabase, createSqliteRepositories, openDatabase } from '../../cloudfunctions/src/adapters/sqlite'
import { MIGRATIONS, migrate } from '../../cloudfunctions/src/adapters/sqlite/schema'
import { repositoryContract } from '../support/repository-contract'
import { meetingRepositoryContract } from '../support/meeting-repository-contract'
import { buildCase, buildFirstEvent } from '../support/builders'

const folder = mkdtempSync(join(tmpdir(), 'shuoshi-sqlite-'))
let files = 0
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function newFile(): string {
  files += 1
  return join(folder, `nested-${files}`, 'shuoshi.db')
}

const subject = async () => {
  const db = openDatabase(newFile())
  return { repos: createSqliteRepositories(db), close: async () => closeDatabase(db) }
}
repositoryContract('sqlite', subject)
meetingRepositoryContract('sqlite', subject)

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

// Query plans: tests/adapters/sqlite-query-plans.test.ts

// Group commit on SQLite (issue 12): writes made in the same turn share one commit, each keeps its own savepoint,
// and a promise settles only after its write is committed. Real database files; a second connection shows what is
// committed.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { closeDatabase, openDatabase, type Database } from '../../cloudfunctions/src/adapters/sqlite/database'
import { groupCommit } from '../../cloudfunctions/src/adapters/sqlite/group-commit'

const folder = mkdtempSync(join(tmpdir(), 'shuoshi-group-commit-'))
let db: Database
let reader: BetterSqlite3.Database
let file = 0

beforeEach(() => {
  file += 1
  const path = join(folder, `group-${file}.db`)
  db = openDatabase(path)
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)')
  reader = new BetterSqlite3(path, { readonly: true })
})
afterEach(() => {
  reader.close()
  closeDatabase(db)
})
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const committedIds = () => (reader.prepare('SELECT id FROM notes ORDER BY id').pluck().all() as number[])

describe('sqlite group commit', () => {
  it('stores writes of the same turn in one transaction, in the order they came, and answers after the commit', async () => {
    const seenByOthers: number[][] = []
    const add = groupCommit(db, (id: number) => {
      db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)').run(id, `note ${id}`)
      seenByOthers.push(committedIds())
      return id * 10
    })
    const answers = Promise.all([add(1), add(2), add(3)])
    expect(committedIds()).toEqual([]) // nothing runs before the turn ends
    await expect(answers).resolves.toEqual([10, 20, 30])
    // While the group ran, another connection saw none of it: the three rows were committed together.
    expect(seenByOthers).toEqual([[], [], []])
    expect(committedIds()).toEqual([1, 2, 3])
  })

  it('rolls back only the write that failed; the others of its group are committed', async () => {
    const add = groupCommit(db, (id: number, text: string | null) => {
      db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)').run(id, `first ${id}`)
      db.prepare('UPDATE notes SET text = ? WHERE id = ?').run(text, id) // NOT NULL fails for null, after the insert
      return id
    })
    const results = await Promise.allSettled([add(1, 'a'), add(2, null), add(3, 'c')])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/NOT NULL/)
    expect(committedIds()).toEqual([1, 3]) // the failed write's own insert is gone too
  })

  it('fails every write of a group when the commit itself cannot happen, and keeps working afterwards', async () => {
    const add = groupCommit(db, (id: number) => db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)').run(id, 'x').changes)
    const blocker = new BetterSqlite3(join(folder, `group-${file}.db`))
    blocker.pragma('busy_timeout = 0')
    db.pragma('busy_timeout = 0')
    blocker.exec('BEGIN IMMEDIATE') // another writer holds the lock: the group's BEGIN IMMEDIATE fails
    const results = await Promise.allSettled([add(1), add(2)])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/locked|busy/i)
    blocker.exec('ROLLBACK')
    blocker.close()
    await expect(add(4)).resolves.toBe(1)
    expect(committedIds()).toEqual([4])
  })

  it('starts a new group for writes made after the previous group was committed', async () => {
    const groups: number[] = []
    const add = groupCommit(db, (id: number) => {
      db.prepare('INSERT INTO notes (id, text) VALUES (?, ?)').run(id, 'x')
      groups.push(committedIds().length)
      return id
    })
    await Promise.all([add(1), add(2)])
    await add(3)
    // The third write saw the first two committed: a group of its own.
    expect(groups).toEqual([0, 0, 2])
  })
})

// A data folder with cases but no statistics (made before the counters, or loaded in bulk): the first start builds
// the counters from the events, once; a folder that has them, or has no cases, is left alone.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeDatabase, createSqliteRepositories, insertCasesInBulk, openDatabase, type Database } from '../../cloudfunctions/src/adapters/sqlite'
import { recountSqlite } from '../../cloudfunctions/src/adapters/sqlite/statistics-recount'
import { fillCountersOnce } from '../../cloudfunctions/src/local/fill-counters'
import { seedDemo } from '../../cloudfunctions/src/local/seed'
import { loadCases } from '../bench/load-data'

let folder: string
let db: Database
beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'shuoshi-fill-'))
  db = openDatabase(join(folder, 'shuoshi.db'))
  await seedDemo(createSqliteRepositories(db))
})
afterEach(() => {
  closeDatabase(db)
  rmSync(folder, { recursive: true, force: true })
})

it('builds the counters of bulk-loaded cases once, and they agree with a recount', () => {
  insertCasesInBulk(db, loadCases({ count: 300, mix: 'realistic', now: new Date('2026-11-30T02:00:00Z') }))
  expect(db.prepare('SELECT COUNT(*) FROM statistics_counters').pluck().get()).toBe(0)
  const lines: string[] = []
  expect(fillCountersOnce(db, (line) => lines.push(line))).toBe(db.prepare('SELECT COUNT(*) FROM cases').pluck().get())
  expect(lines[0]).toContain('正在按事项记录生成统计计数')
  expect(db.prepare('SELECT COUNT(*) FROM statistics_counters').pluck().get()).toBeGreaterThan(0)
  expect(recountSqlite(db).drift).toEqual([])
  expect(fillCountersOnce(db)).toBe(0)
})

it('leaves a folder without cases alone', () => {
  expect(fillCountersOnce(db)).toBe(0)
  expect(db.prepare('SELECT COUNT(*) FROM statistics_counters').pluck().get()).toBe(0)
})

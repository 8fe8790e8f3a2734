// The local server's WAL checkpoints run in a worker thread with its own connection (issue 12): commits never wait
// for the disk, the log is still copied back into the database file, and stopping ends the worker.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BACKSTOP_CHECKPOINT_PAGES, WAL_SIZE_LIMIT_BYTES, closeDatabase, openDatabase, startBackgroundCheckpoint, type CheckpointReport } from '../../cloudfunctions/src/adapters/sqlite'

describe('sqlite: background checkpoints', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-checkpoint-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('copies the log back into the database file from the worker while the connection keeps writing', async () => {
    const db = openDatabase(path.join(dir, 'shuoshi.db'))
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)')
    const reports: CheckpointReport[] = []
    const checkpoints = startBackgroundCheckpoint(db, { everyMs: 20, onReport: (report) => reports.push(report) })
    // The connection's own automatic checkpoint is only a backstop now.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_CHECKPOINT_PAGES)
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(WAL_SIZE_LIMIT_BYTES)
    const insert = db.prepare('INSERT INTO notes (text) VALUES (?)')
    for (let i = 0; i < 300; i += 1) insert.run(`第${i}条`.repeat(50))
    const deadline = Date.now() + 5000
    while (!reports.some((r) => (r.checkpointed ?? 0) > 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(reports.filter((r) => r.error)).toEqual([])
    expect(reports.some((r) => (r.checkpointed ?? 0) > 0)).toBe(true)
    await checkpoints.stop()
    // Whatever the worker copied, a fresh reader sees every row.
    closeDatabase(db)
    const reader = openDatabase(path.join(dir, 'shuoshi.db'))
    expect(reader.prepare('SELECT COUNT(*) FROM notes').pluck().get()).toBe(300)
    closeDatabase(reader)
  })

  it('lets the log start again from its beginning after a quiet moment, without the connection checkpointing', async () => {
    const db = openDatabase(path.join(dir, 'shuoshi.db'))
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)')
    const reports: CheckpointReport[] = []
    const checkpoints = startBackgroundCheckpoint(db, { everyMs: 20, onReport: (report) => reports.push(report) })
    const insert = db.prepare('INSERT INTO notes (text) VALUES (?)')
    for (let i = 0; i < 300; i += 1) insert.run(`第${i}条`.repeat(50))
    const deadline = Date.now() + 5000
    const caughtUp = () => reports.some((r) => (r.log ?? 0) >= 300 && r.checkpointed === r.log)
    while (!caughtUp() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(caughtUp()).toBe(true)
    await checkpoints.stop()
    // The next commit finds the log fully copied and writes from its first page again.
    insert.run('安静之后的一条')
    const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[]
    expect(log).toBeLessThan(10)
    closeDatabase(db)
  })

  it('does nothing for an in-memory database, and stopping twice is harmless', async () => {
    const db = openDatabase(':memory:')
    const checkpoints = startBackgroundCheckpoint(db)
    await checkpoints.stop()
    await checkpoints.stop()
    closeDatabase(db)
  })
})

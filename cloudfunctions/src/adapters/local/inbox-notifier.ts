// Notifier for the local runtime: every notice lands in the user's inbox (消息中心) and in the outbox,
// which records what WeChat would have pushed as a subscription message. Both are SQLite tables.
import type Database from 'better-sqlite3'
import type { Notice, Notifier } from '../../../../src/core/ports/notifier'
import type { Clock } from '../../../../src/core/ports/clock'
import type { IdGenerator } from '../../../../src/core/ports/ids'

export function ensureMessageTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS inbox (
      id TEXT PRIMARY KEY, user_id TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT,
      title TEXT NOT NULL, body TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS inbox_user ON inbox (user_id, created_at);
    CREATE TABLE IF NOT EXISTS outbox (
      id TEXT PRIMARY KEY, user_id TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT,
      title TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS outbox_created ON outbox (created_at);
  `)
}

export function createLocalNotifier(db: Database.Database, clock: Clock, ids: IdGenerator): Notifier {
  ensureMessageTables(db)
  const insertInbox = db.prepare('INSERT INTO inbox (id, user_id, kind, case_id, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const insertOutbox = db.prepare('INSERT INTO outbox (id, user_id, kind, case_id, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const write = db.transaction((notice: Notice, at: string) => {
    insertInbox.run(ids.next(), notice.userId, notice.kind, notice.caseId ?? null, notice.title, notice.body, at)
    insertOutbox.run(ids.next(), notice.userId, notice.kind, notice.caseId ?? null, notice.title, notice.body, at)
  })
  return {
    async notify(notice) {
      write(notice, clock.now().toISOString())
    },
  }
}

export interface OutboxRow { id: string; userId: string; kind: string; caseId: string | null; title: string; body: string; createdAt: string }

export function listOutbox(db: Database.Database, limit = 100): OutboxRow[] {
  ensureMessageTables(db)
  return db
    .prepare('SELECT id, user_id AS userId, kind, case_id AS caseId, title, body, created_at AS createdAt FROM outbox ORDER BY created_at DESC, id DESC LIMIT ?')
    .all(limit) as OutboxRow[]
}

// SQLite tables of the local runtime's messages: inbox (消息中心), subscription credits, push log, outbox, reminder ledger
// and the sweep's cursors.
import type Database from 'better-sqlite3'

export function ensureMessageTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS inbox (
      id TEXT PRIMARY KEY, user_id TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT,
      title TEXT NOT NULL, body TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS inbox_user_created ON inbox (user_id, created_at DESC, id DESC);
    CREATE TABLE IF NOT EXISTS subscription_credits (
      user_id TEXT NOT NULL, template_id TEXT NOT NULL, credits INTEGER NOT NULL CHECK (credits >= 0),
      PRIMARY KEY (user_id, template_id));
    CREATE TABLE IF NOT EXISTS push_log (
      id TEXT PRIMARY KEY, user_id TEXT NOT NULL, kind TEXT NOT NULL, template_id TEXT NOT NULL, outcome TEXT NOT NULL,
      err_code INTEGER, err_msg TEXT, field TEXT, attempts INTEGER NOT NULL, at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS push_log_at ON push_log (at);
    CREATE TABLE IF NOT EXISTS outbox (
      id TEXT PRIMARY KEY, touser TEXT NOT NULL, template_id TEXT NOT NULL, page TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS outbox_created ON outbox (created_at);
    CREATE TABLE IF NOT EXISTS reminder_ledger (
      case_id TEXT NOT NULL, stage TEXT NOT NULL, claimed_at TEXT NOT NULL, PRIMARY KEY (case_id, stage));
    CREATE TABLE IF NOT EXISTS sweep_cursors (stage TEXT PRIMARY KEY, cursor TEXT NOT NULL);
  `)
  // The ledger's fan-out columns (added after the first release: entries from before count as done).
  const columns = new Set((db.prepare('PRAGMA table_info(reminder_ledger)').all() as { name: string }[]).map((c) => c.name))
  if (!columns.has('done')) {
    db.exec(`
      ALTER TABLE reminder_ledger ADD COLUMN done INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE reminder_ledger ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
      ALTER TABLE reminder_ledger ADD COLUMN plan TEXT;
      ALTER TABLE reminder_ledger ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
    `)
  }
  db.exec('CREATE INDEX IF NOT EXISTS reminder_ledger_unfinished ON reminder_ledger (lease_until) WHERE done = 0')
}

// SQLite implementations of the inbox, credits, push log and reminder ledger ports (local runtime).
// The ledger's entries carry the planned notices of each (case, stage) and how many went out; the sweep's cursors
// live in their own small table.
import type Database from 'better-sqlite3'
import type { CreditStore, InboxEntry, InboxStore, PushLog, ReminderEntry, ReminderLedger } from '../../../../src/core/ports/messages'
import type { Notice } from '../../../../src/core/ports/notifier'
import type { NoticeKind } from '../../../../src/core/domain/notice-kinds'
import { ensureMessageTables } from './message-tables'
import { decodeCursor, encodeCursor } from '../shared/cursor'


interface InboxRow { id: string; user_id: string; kind: string; case_id: string | null; title: string; body: string; read: number; created_at: string }
const fromRow = (r: InboxRow): InboxEntry => ({
  id: r.id, userId: r.user_id, kind: r.kind as NoticeKind, title: r.title, body: r.body, read: r.read === 1, createdAt: r.created_at,
  ...(r.case_id ? { caseId: r.case_id } : {}),
})

export function createSqliteInbox(db: Database.Database): InboxStore {
  ensureMessageTables(db)
  const insert = db.prepare('INSERT OR IGNORE INTO inbox (id, user_id, kind, case_id, title, body, read, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  const first = db.prepare('SELECT * FROM inbox WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?')
  const after = db.prepare('SELECT * FROM inbox WHERE user_id = ? AND (created_at < ? OR (created_at = ? AND id < ?)) ORDER BY created_at DESC, id DESC LIMIT ?')
  const unread = db.prepare('SELECT COUNT(*) AS n FROM inbox WHERE user_id = ? AND read = 0')
  return {
    async add(e) {
      return insert.run(e.id, e.userId, e.kind, e.caseId ?? null, e.title, e.body, e.read ? 1 : 0, e.createdAt).changes === 1
    },
    async list(userId, limit, cursor) {
      let rows: InboxRow[]
      if (cursor) {
        const { key: createdAt, id } = decodeCursor(cursor)
        rows = after.all(userId, createdAt, createdAt, id, limit + 1) as InboxRow[]
      } else {
        rows = first.all(userId, limit + 1) as InboxRow[]
      }
      const items = rows.slice(0, limit).map(fromRow)
      const last = items[items.length - 1]
      return rows.length > limit && last ? { items, nextCursor: encodeCursor({ key: last.createdAt, id: last.id }) } : { items }
    },
    async markRead(userId, ids) {
      if (ids.length === 0) return 0
      const marks = ids.map(() => '?').join(',')
      return db.prepare(`UPDATE inbox SET read = 1 WHERE user_id = ? AND read = 0 AND id IN (${marks})`).run(userId, ...ids).changes
    },
    async countUnread(userId) {
      return (unread.get(userId) as { n: number }).n
    },
  }
}

export function createSqliteCredits(db: Database.Database): CreditStore {
  ensureMessageTables(db)
  const add = db.prepare('INSERT INTO subscription_credits (user_id, template_id, credits) VALUES (?, ?, ?) ON CONFLICT (user_id, template_id) DO UPDATE SET credits = credits + excluded.credits')
  const take = db.prepare('UPDATE subscription_credits SET credits = credits - 1 WHERE user_id = ? AND template_id = ? AND credits > 0')
  const clear = db.prepare('UPDATE subscription_credits SET credits = 0 WHERE user_id = ? AND template_id = ?')
  const get = db.prepare('SELECT credits FROM subscription_credits WHERE user_id = ? AND template_id = ?')
  const ofUser = db.prepare('SELECT template_id, credits FROM subscription_credits WHERE user_id = ? ORDER BY template_id')
  return {
    async add(userId, templateId, count) {
      add.run(userId, templateId, count)
    },
    async take(userId, templateId) {
      return take.run(userId, templateId).changes === 1
    },
    async refund(userId, templateId) {
      add.run(userId, templateId, 1)
    },
    async clear(userId, templateId) {
      clear.run(userId, templateId)
    },
    async get(userId, templateId) {
      return (get.get(userId, templateId) as { credits: number } | undefined)?.credits ?? 0
    },
    async listByUser(userId) {
      const rows = ofUser.all(userId) as { template_id: string; credits: number }[]
      return Object.fromEntries(rows.map((r) => [r.template_id, r.credits]))
    },
  }
}

export function createSqlitePushLog(db: Database.Database): PushLog {
  ensureMessageTables(db)
  const insert = db.prepare('INSERT INTO push_log (id, user_id, kind, template_id, outcome, err_code, err_msg, field, attempts, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  return {
    async add(e) {
      insert.run(e.id, e.userId, e.kind, e.templateId, e.outcome, e.errCode ?? null, e.errMsg ?? null, e.field ?? null, e.attempts, e.at)
    },
  }
}

interface LedgerRow { case_id: string; stage: string; claimed_at: string; done: number; lease_until: string; plan: string | null; sent: number }
const entryFromRow = (r: LedgerRow): ReminderEntry => ({
  caseId: r.case_id, stage: r.stage, claimedAt: r.claimed_at, done: r.done === 1, leaseUntil: r.lease_until, sent: r.sent,
  ...(r.plan ? { plan: JSON.parse(r.plan) as Notice[] } : {}),
})

export function createSqliteReminderLedger(db: Database.Database): ReminderLedger {
  ensureMessageTables(db)
  const claim = db.prepare('INSERT OR IGNORE INTO reminder_ledger (case_id, stage, claimed_at, done, lease_until, sent) VALUES (?, ?, ?, 0, ?, 0)')
  const unfinished = db.prepare('SELECT * FROM reminder_ledger WHERE done = 0 AND lease_until <= ? ORDER BY lease_until, case_id, stage LIMIT ?')
  const lease = db.prepare('UPDATE reminder_ledger SET lease_until = ? WHERE case_id = ? AND stage = ? AND done = 0 AND lease_until <= ?')
  const plan = db.prepare('UPDATE reminder_ledger SET plan = ? WHERE case_id = ? AND stage = ?')
  const progress = db.prepare('UPDATE reminder_ledger SET sent = ?, done = ?, lease_until = COALESCE(?, lease_until) WHERE case_id = ? AND stage = ?')
  const cursors = db.prepare('SELECT stage, cursor FROM sweep_cursors')
  const clearCursors = db.prepare('DELETE FROM sweep_cursors')
  const saveCursor = db.prepare('INSERT INTO sweep_cursors (stage, cursor) VALUES (?, ?)')
  return {
    async claim(caseId, stage, at, leaseUntil) {
      return claim.run(caseId, stage, at, leaseUntil ?? at).changes === 1
    },
    async find(keys) {
      if (keys.length === 0) return []
      const pairs = keys.map(() => '(?, ?)').join(', ')
      const rows = db.prepare(`SELECT * FROM reminder_ledger WHERE (case_id, stage) IN (VALUES ${pairs})`).all(...keys.flatMap((k) => [k.caseId, k.stage])) as LedgerRow[]
      return rows.map(entryFromRow)
    },
    async listUnfinished(now, limit) {
      return (unfinished.all(now, limit) as LedgerRow[]).map(entryFromRow)
    },
    async lease(caseId, stage, now, leaseUntil) {
      return lease.run(leaseUntil, caseId, stage, now).changes === 1
    },
    async plan(caseId, stage, notices) {
      plan.run(JSON.stringify(notices), caseId, stage)
    },
    async progress(caseId, stage, change) {
      progress.run(change.sent, change.done ? 1 : 0, change.leaseUntil ?? null, caseId, stage)
    },
    async cursors() {
      return Object.fromEntries((cursors.all() as { stage: string; cursor: string }[]).map((r) => [r.stage, r.cursor]))
    },
    async saveCursors(next) {
      db.transaction(() => {
        clearCursors.run()
        for (const [stage, cursor] of Object.entries(next)) saveCursor.run(stage, cursor)
      })()
    },
  }
}

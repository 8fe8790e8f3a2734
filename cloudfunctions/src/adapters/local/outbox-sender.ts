// The local runtime's push sender: what WeChat would have pushed goes into the outbox table.
import type Database from 'better-sqlite3'
import type { PushSender } from '../../../../src/core/ports/messages'
import type { IdGenerator } from '../../../../src/core/ports/ids'
import type { Clock } from '../../../../src/core/ports/clock'
import { ensureMessageTables } from './message-tables'

export interface OutboxRow { id: string; touser: string; templateId: string; page: string; data: Record<string, { value: string }>; createdAt: string }

export function createOutboxSender(db: Database.Database, clock: Clock, ids: IdGenerator): PushSender {
  ensureMessageTables(db)
  const insert = db.prepare('INSERT INTO outbox (id, touser, template_id, page, data, created_at) VALUES (?, ?, ?, ?, ?, ?)')
  return {
    async send(message) {
      insert.run(ids.next(), message.touser, message.templateId, message.page, JSON.stringify(message.data), clock.now().toISOString())
      return { errCode: 0, errMsg: 'ok' }
    },
  }
}

export function listOutbox(db: Database.Database, limit = 100): OutboxRow[] {
  ensureMessageTables(db)
  const rows = db
    .prepare('SELECT id, touser, template_id AS templateId, page, data, created_at AS createdAt FROM outbox ORDER BY created_at DESC, id DESC LIMIT ?')
    .all(limit) as (Omit<OutboxRow, 'data'> & { data: string })[]
  return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as OutboxRow['data'] }))
}

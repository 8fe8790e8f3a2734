// Cloud-database implementations of the inbox, credits, push log and reminder ledger ports (WeChat runtime).
// Collections: inbox, subscription_credits, push_log, reminder_ledger (see cloud-db/indexes.ts for their indexes).
import type { CreditStore, InboxEntry, InboxStore, PushLog, ReminderLedger } from '../../../../src/core/ports/messages'
import type { NoticeKind } from '../../../../src/core/domain/notice-kinds'
import type { CloudDatabase, StoredDoc } from '../cloud-db/database-api'
import { compact, fetchAll, getOrUndefined } from '../cloud-db/doc-helpers'
import { fetchPage } from '../cloud-db/paging'

export const MESSAGE_COLLECTIONS = { inbox: 'inbox', credits: 'subscription_credits', pushLog: 'push_log', reminders: 'reminder_ledger' } as const

const fromDoc = (d: StoredDoc): InboxEntry => compact({
  id: d._id, userId: String(d.userId), kind: d.kind as NoticeKind, caseId: d.caseId as string | undefined,
  title: String(d.title), body: String(d.body), read: d.read === true, createdAt: String(d.createdAt),
})

export function createCloudInbox(db: CloudDatabase): InboxStore {
  const _ = db.command
  return {
    async add(entry) {
      const { id, ...data } = entry
      await db.collection(MESSAGE_COLLECTIONS.inbox).doc(id).set({ data: compact(data) })
    },
    async list(userId, limit, cursor) {
      const page = await fetchPage(db, { collection: MESSAGE_COLLECTIONS.inbox, conditions: [{ userId }], field: 'createdAt', direction: 'desc', limit, cursor })
      const items = page.docs.map(fromDoc)
      return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items }
    },
    async markRead(userId, ids) {
      let changed = 0
      for (const id of ids) {
        const doc = await getOrUndefined(db.collection(MESSAGE_COLLECTIONS.inbox).doc(id))
        if (doc && doc.userId === userId && doc.read !== true) {
          await db.collection(MESSAGE_COLLECTIONS.inbox).doc(id).update({ data: { read: true } })
          changed++
        }
      }
      return changed
    },
    async countUnread(userId) {
      return (await db.collection(MESSAGE_COLLECTIONS.inbox).where({ userId, read: _.eq(false) }).count()).total
    },
  }
}

/** Credits live in one document per (user, template); changes run in a transaction by id. */
export function createCloudCredits(db: CloudDatabase): CreditStore {
  const idOf = (userId: string, templateId: string) => `${userId}__${templateId}`.replace(/[^A-Za-z0-9_-]/g, '_')
  const change = (userId: string, templateId: string, next: (current: number) => number | undefined) =>
    db.runTransaction(async (t) => {
      const ref = t.collection(MESSAGE_COLLECTIONS.credits).doc(idOf(userId, templateId))
      const current = Number((await getOrUndefined(ref))?.credits ?? 0)
      const updated = next(current)
      if (updated === undefined) return false
      await ref.set({ data: { userId, templateId, credits: updated } })
      return true
    }, 5)
  return {
    async add(userId, templateId, count) {
      await change(userId, templateId, (c) => c + count)
    },
    take: (userId, templateId) => change(userId, templateId, (c) => (c > 0 ? c - 1 : undefined)),
    async refund(userId, templateId) {
      await change(userId, templateId, (c) => c + 1)
    },
    async clear(userId, templateId) {
      await change(userId, templateId, () => 0)
    },
    async get(userId, templateId) {
      return Number((await getOrUndefined(db.collection(MESSAGE_COLLECTIONS.credits).doc(idOf(userId, templateId))))?.credits ?? 0)
    },
    async listByUser(userId) {
      const docs = await fetchAll(db, MESSAGE_COLLECTIONS.credits, { userId })
      return Object.fromEntries(docs.map((d) => [String(d.templateId), Number(d.credits ?? 0)]))
    },
  }
}

export function createCloudPushLog(db: CloudDatabase): PushLog {
  return {
    async add(entry) {
      const { id, ...data } = entry
      await db.collection(MESSAGE_COLLECTIONS.pushLog).doc(id).set({ data: compact(data) })
    },
  }
}

/** The first claim creates the (case, stage) document inside a transaction; later claims find it and lose. */
export function createCloudReminderLedger(db: CloudDatabase): ReminderLedger {
  return {
    claim: (caseId, stage, at) =>
      db.runTransaction(async (t) => {
        const ref = t.collection(MESSAGE_COLLECTIONS.reminders).doc(`${caseId}__${stage}`)
        if (await getOrUndefined(ref)) return false
        await ref.set({ data: { caseId, stage, claimedAt: at } })
        return true
      }, 5),
  }
}

/** Indexes of the message collections (create them beside those in cloud-db/indexes.ts). */
export const MESSAGE_COLLECTION_INDEXES = {
  inbox: [
    { name: 'userId_createdAt_id', fields: ['userId asc', 'createdAt desc', '_id desc'], usedBy: 'listInbox' },
    { name: 'userId_read', fields: ['userId asc', 'read asc'], usedBy: 'countUnread' },
  ],
  subscription_credits: [{ name: 'userId_id', fields: ['userId asc', '_id asc'], usedBy: 'credits.listByUser (identity.listConsents)' }],
  push_log: [{ name: 'at', fields: ['at asc'], usedBy: 'auditing pushes' }],
  reminder_ledger: [],
} as const

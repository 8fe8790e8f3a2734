// Cloud-database implementations of the inbox, credits, push log and reminder ledger ports (WeChat runtime).
// Collections: inbox, subscription_credits, push_log, reminder_ledger (indexes: MESSAGE_COLLECTION_INDEXES below).
import type { CreditStore, InboxEntry, InboxStore, PushLog, ReminderEntry, ReminderLedger } from '../../../../src/core/ports/messages'
import type { Notice } from '../../../../src/core/ports/notifier'
import type { NoticeKind } from '../../../../src/core/domain/notice-kinds'
import type { CloudDatabase, StoredDoc } from '../cloud-db/database-api'
import { compact, fetchAll, getOrUndefined } from '../cloud-db/doc-helpers'
import { fetchPage } from '../cloud-db/paging'

export const MESSAGE_COLLECTIONS = { inbox: 'inbox', credits: 'subscription_credits', pushLog: 'push_log', reminders: 'reminder_ledger' } as const

/** The SDK's rejection of add() with an _id that exists (errCode -502001, "duplicate key"). */
function isDuplicateKey(error: unknown): boolean {
  const { errCode, errMsg, message } = (error ?? {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown }
  return errCode === -502001 || /duplicate key/i.test(String(errMsg ?? message ?? ''))
}

const fromDoc = (d: StoredDoc): InboxEntry => compact({
  id: d._id, userId: String(d.userId), kind: d.kind as NoticeKind, caseId: d.caseId as string | undefined,
  title: String(d.title), body: String(d.body), read: d.read === true, createdAt: String(d.createdAt),
})

export function createCloudInbox(db: CloudDatabase): InboxStore {
  const _ = db.command
  return {
    async add(entry) {
      // add() with the id rejects a duplicate: a notice with a known id lands once.
      try {
        await db.collection(MESSAGE_COLLECTIONS.inbox).add({ data: compact({ ...entry, _id: entry.id, id: undefined }) })
        return true
      } catch (error) {
        if (isDuplicateKey(error)) return false
        throw error
      }
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

const ledgerFromDoc = (d: StoredDoc): ReminderEntry => ({
  caseId: String(d.caseId), stage: String(d.stage), claimedAt: String(d.claimedAt),
  // Entries from before fan-outs were recorded have no `done`: they were finished when claimed.
  done: d.done !== false, leaseUntil: String(d.leaseUntil ?? d.claimedAt), sent: Number(d.sent ?? 0),
  ...(Array.isArray(d.plan) ? { plan: d.plan as unknown as Notice[] } : {}),
})

/** The document that keeps the sweep stages' cursors, in the ledger's collection (never an entry: `done` is true). */
export const SWEEP_CURSORS_DOC = 'sweep_cursors'

/**
 * One document per (case, stage key), id `<caseId>__<stage>`. The first claim creates it inside a transaction; later
 * claims find it and lose. Its planned notices and progress are updated by id.
 */
export function createCloudReminderLedger(db: CloudDatabase): ReminderLedger {
  const _ = db.command
  const idOf = (caseId: string, stage: string) => `${caseId}__${stage}`
  const ledger = () => db.collection(MESSAGE_COLLECTIONS.reminders)
  return {
    claim: (caseId, stage, at, leaseUntil) =>
      db.runTransaction(async (t) => {
        const ref = t.collection(MESSAGE_COLLECTIONS.reminders).doc(idOf(caseId, stage))
        if (await getOrUndefined(ref)) return false
        await ref.set({ data: { caseId, stage, claimedAt: at, done: false, leaseUntil: leaseUntil ?? at, sent: 0 } })
        return true
      }, 5),
    async find(keys) {
      if (keys.length === 0) return []
      const ids = [...new Set(keys.map((k) => idOf(k.caseId, k.stage)))]
      const { data } = await ledger().where({ _id: _.in(ids) }).limit(ids.length).get()
      return data.map(ledgerFromDoc)
    },
    async listUnfinished(now, limit) {
      const { data } = await ledger().where({ done: false, leaseUntil: _.lte(now) }).orderBy('leaseUntil', 'asc').orderBy('_id', 'asc').limit(limit).get()
      return data.map(ledgerFromDoc)
    },
    lease: (caseId, stage, now, leaseUntil) =>
      db.runTransaction(async (t) => {
        const ref = t.collection(MESSAGE_COLLECTIONS.reminders).doc(idOf(caseId, stage))
        const doc = await getOrUndefined(ref)
        if (!doc || doc.done !== false || String(doc.leaseUntil) > now) return false
        await ref.update({ data: { leaseUntil } })
        return true
      }, 5),
    async plan(caseId, stage, notices) {
      await ledger().doc(idOf(caseId, stage)).update({ data: { plan: notices.map((n) => compact(n)) } })
    },
    async progress(caseId, stage, change) {
      await ledger().doc(idOf(caseId, stage)).update({ data: compact({ sent: change.sent, done: change.done, leaseUntil: change.leaseUntil }) })
    },
    async cursors() {
      const doc = await getOrUndefined(ledger().doc(SWEEP_CURSORS_DOC))
      return { ...((doc?.cursors as Record<string, string> | undefined) ?? {}) }
    },
    async saveCursors(cursors) {
      // set() replaces the document: an update would merge the nested map and keep stale cursors.
      await ledger().doc(SWEEP_CURSORS_DOC).set({ data: { kind: 'sweepCursors', done: true, cursors } })
    },
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
  reminder_ledger: [{ name: 'done_leaseUntil_id', fields: ['done asc', 'leaseUntil asc', '_id asc'], usedBy: 'the sweep resuming fan-outs a killed run left (listUnfinished)' }],
} as const

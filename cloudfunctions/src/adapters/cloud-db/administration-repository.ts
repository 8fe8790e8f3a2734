// AdministrationRepository over the cloud database: `invites` (doc _id = code) and `audit_events` (doc _id = event id).
// Invites, redemptions and role changes run in a transaction (single documents by id); an import writes record by
// record with stable ids (running the file again completes an interrupted import), its audit event last.
import type { AuditEvent, Invite } from '@core/domain/accounts'
import type { CalendarYear } from '@core/domain/work-calendar'
import type { AdministrationRepository, AdministrationScope } from '@core/ports/administration'
import type { CloudDatabase, CloudTransaction, DocData, StoredDoc } from './database-api'
import { COLLECTIONS } from './collections'
import { compact, getOrUndefined } from './doc-helpers'
import { directoryToDoc } from './directory-mapper'
import { userToDoc } from './user-mapper'

const DIRECTORY_COLLECTIONS = {
  community: COLLECTIONS.communities,
  grid: COLLECTIONS.grids,
  building: COLLECTIONS.buildings,
  household: COLLECTIONS.households,
  unit: COLLECTIONS.units,
} as const

/** A record as a document whose _id is its `key` field (an invite's code, an event's id), and back. */
function toDoc<T extends object>(record: T, key: keyof T): DocData {
  const data = { ...record } as Record<string, unknown>
  delete data[key as string]
  return compact(data)
}
function fromDoc<T>(doc: StoredDoc, key: string): T {
  const { _id, ...rest } = doc
  return { ...rest, [key]: _id } as T
}
const inviteFromDoc = (doc: StoredDoc) => fromDoc<Invite>(doc, 'code')
const auditToDoc = (event: AuditEvent) => toDoc(event, 'id')
const auditFromDoc = (doc: StoredDoc) => fromDoc<AuditEvent>(doc, 'id')

export function createCloudAdministrationRepository(db: CloudDatabase): AdministrationRepository {
  const newest = async (collection: string, order: string, scope: AdministrationScope, limit: number) =>
    (
      await db
        .collection(collection)
        .where(scope.communityId ? { communityId: scope.communityId } : { streetId: scope.streetId })
        .orderBy(order, 'desc')
        .orderBy('_id', 'desc')
        .limit(limit)
        .get()
    ).data

  /** In one transaction: an invite nobody redeemed or withdrew yet gets `change`, then `alsoWrite` runs; false otherwise. */
  const settleInvite = (code: string, change: DocData, alsoWrite: (t: CloudTransaction) => Promise<void>) =>
    db.runTransaction(async (t) => {
      const doc = await getOrUndefined(t.collection(COLLECTIONS.invites).doc(code))
      if (!doc || doc.redeemed || doc.withdrawn) return false
      await t.collection(COLLECTIONS.invites).doc(code).update({ data: change })
      await alsoWrite(t)
      return true
    })

  return {
    async createInvite(invite, event) {
      await db.runTransaction(async (t) => {
        await t.collection(COLLECTIONS.invites).doc(invite.code).set({ data: toDoc(invite, 'code') })
        await t.collection(COLLECTIONS.auditEvents).doc(event.id).set({ data: auditToDoc(event) })
      })
    },
    async getInvite(code) {
      const doc = await getOrUndefined(db.collection(COLLECTIONS.invites).doc(code))
      return doc && inviteFromDoc(doc)
    },
    async listInvites(scope, limit) {
      return (await newest(COLLECTIONS.invites, 'createdAt', scope, limit)).map(inviteFromDoc)
    },
    async redeemInvite(code, redeemed, user, event) {
      return settleInvite(code, { redeemed }, async (t) => {
        await t.collection(COLLECTIONS.users).doc(user.id).set({ data: userToDoc(user) })
        await t.collection(COLLECTIONS.auditEvents).doc(event.id).set({ data: auditToDoc(event) })
      })
    },
    async withdrawInvite(code, withdrawn, event) {
      return settleInvite(code, { withdrawn }, async (t) => {
        await t.collection(COLLECTIONS.auditEvents).doc(event.id).set({ data: auditToDoc(event) })
      })
    },
    async changeUser(userId, next, event) {
      await db.runTransaction(async (t) => {
        if (next) await t.collection(COLLECTIONS.users).doc(userId).set({ data: userToDoc(next) })
        else await t.collection(COLLECTIONS.users).doc(userId).remove()
        await t.collection(COLLECTIONS.auditEvents).doc(event.id).set({ data: auditToDoc(event) })
      })
    },
    async importDirectory(records, event) {
      for (const { kind, record } of records) await db.collection(DIRECTORY_COLLECTIONS[kind]).doc(record.id).set({ data: directoryToDoc(record) })
      await db.collection(COLLECTIONS.auditEvents).doc(event.id).set({ data: auditToDoc(event) })
    },
    async changeDirectory({ kind, record }, event) {
      await db.runTransaction(async (t) => {
        await t.collection(DIRECTORY_COLLECTIONS[kind]).doc(record.id).set({ data: directoryToDoc(record) })
        await t.collection(COLLECTIONS.auditEvents).doc(event.id).set({ data: auditToDoc(event) })
      })
    },
    async appendAudit(event) {
      await db.collection(COLLECTIONS.auditEvents).doc(event.id).set({ data: auditToDoc(event) })
    },
    /** A handful of documents (one a year): read by _id order, the built-in index. */
    async listCalendarYears() {
      const { data } = await db.collection(COLLECTIONS.calendarYears).orderBy('_id', 'asc').limit(100).get()
      return data.map(({ _id, ...year }) => ({ ...year, year: Number(_id) }) as unknown as CalendarYear)
    },
    async saveCalendarYear(year, event) {
      await db.runTransaction(async (t) => {
        await t.collection(COLLECTIONS.calendarYears).doc(String(year.year)).set({ data: compact({ ...year }) })
        await t.collection(COLLECTIONS.auditEvents).doc(event.id).set({ data: auditToDoc(event) })
      })
    },
    async listAudit(scope, limit) {
      return (await newest(COLLECTIONS.auditEvents, 'at', scope, limit)).map(auditFromDoc)
    },
  }
}

// CaseRepository over the cloud database: cases by id, an idempotency-key document per case, events by id; create and
// saveTransition keep the statistics counters in the same transaction.
import { boardCardOf, cardOf, caseNumber, type BoardCard, type CaseCard, type CaseEvent, type CaseRecord } from '@core/domain/case'
import { CASE_STATUSES, STATUS_GROUPS, type CaseStatus } from '@core/domain/case-status'
import type { CaseQuery, CaseRepository, CaseScope, Page, SaveOutcome } from '@core/ports/repositories'
import type { CloudDatabase, QueryCondition } from './database-api'
import { COLLECTIONS } from './collections'
import { caseFromDoc, caseToDoc } from './case-mapper'
import { eventToDoc } from './event-mapper'
import { getOrUndefined } from './doc-helpers'
import { fetchPage } from './paging'
import { checkLimit } from '../shared/cursor'
import { scopeCondition, scopeField, statusCondition } from './case-conditions'
import { recordStatistics } from './statistics-counters'

/** What the board lists (the same as the SQLite adapter's BOARD_STATUSES). */
const BOARD_STATUSES: readonly CaseStatus[] = ['published', 'rated', 'closed']

const asCards = ({ items, nextCursor }: Page<CaseRecord>): Page<CaseCard> =>
  nextCursor === undefined ? { items: items.map(cardOf) } : { items: items.map(cardOf), nextCursor }

const TRANSACTION_RETRIES = 3
/**
 * A day's counter is shared by every submit of the community that day, and the statistics rows of a month by every
 * change of its cases (statistics-counters.ts): allow more retries on conflict.
 */
const COUNTER_RETRIES = 10

export function createCloudCaseRepository(db: CloudDatabase): CaseRepository {
  const _ = db.command

  async function get(id: string): Promise<CaseRecord | undefined> {
    const doc = await getOrUndefined(db.collection(COLLECTIONS.cases).doc(id))
    return doc && caseFromDoc(doc)
  }

  async function page(conditions: Array<QueryCondition | undefined | 'nothing'>, field: string, direction: 'asc' | 'desc', limit: number, cursor?: string): Promise<Page<CaseRecord>> {
    checkLimit(limit)
    if (conditions.includes('nothing')) return { items: [] }
    const where = conditions.filter((condition): condition is QueryCondition => condition !== undefined && condition !== 'nothing')
    const { docs, nextCursor } = await fetchPage(db, { collection: COLLECTIONS.cases, conditions: where, field, direction, limit, cursor })
    return nextCursor === undefined ? { items: docs.map(caseFromDoc) } : { items: docs.map(caseFromDoc), nextCursor }
  }

  async function countForDay(communityId: string, datePrefix: string): Promise<number> {
    const where = _.and([{ communityId }, { caseNo: _.gte(datePrefix) }, { caseNo: _.lt(`${datePrefix}\uffff`) }])
    const { total } = await db.collection(COLLECTIONS.cases).where(where).count()
    return total
  }

  const repository: CaseRepository = {
    get,

    async create(draft: CaseRecord, firstEvent: CaseEvent, numbering?: { datePrefix: string }) {
      let item = draft
      if (numbering) {
        // A key used before keeps its case and its number. The day's counter is its own transaction here (a document
        // every submit of the community that day writes), so two retries racing may each take a number.
        const used = await getOrUndefined(db.collection(COLLECTIONS.idempotencyKeys).doc(draft.idempotencyKey))
        const earlier = used && (await get(String(used.caseId)))
        if (earlier) return { item: earlier, created: false }
        item = { ...draft, caseNo: caseNumber(numbering.datePrefix, await repository.nextCaseSequence(draft.communityId, numbering.datePrefix)) }
      }
      const existingId = await db.runTransaction(async (t) => {
        const keyRef = t.collection(COLLECTIONS.idempotencyKeys).doc(item.idempotencyKey)
        const used = await getOrUndefined(keyRef)
        if (used) return String(used.caseId)
        const caseRef = t.collection(COLLECTIONS.cases).doc(item.id)
        if (await getOrUndefined(caseRef)) throw new Error(`case id ${item.id} already exists`)
        await keyRef.set({ data: { caseId: item.id, createdAt: item.createdAt } })
        await caseRef.set({ data: caseToDoc(item) })
        await t.collection(COLLECTIONS.caseEvents).doc(firstEvent.id).set({ data: eventToDoc(firstEvent) })
        await recordStatistics(t, firstEvent, item)
        return undefined
      }, COUNTER_RETRIES)
      if (existingId === undefined) return { item, created: true }
      const existing = await get(existingId)
      if (!existing) throw new Error(`idempotency key ${item.idempotencyKey} points to missing case ${existingId}`)
      return { item: existing, created: false }
    },

    async findByIdempotencyKey(key: string) {
      const used = await getOrUndefined(db.collection(COLLECTIONS.idempotencyKeys).doc(key))
      return used ? get(String(used.caseId)) : undefined
    },

    async saveTransition(item: CaseRecord, event: CaseEvent): Promise<SaveOutcome> {
      return db.runTransaction(async (t): Promise<SaveOutcome> => {
        const caseRef = t.collection(COLLECTIONS.cases).doc(item.id)
        const stored = await getOrUndefined(caseRef)
        if (!stored || stored.version !== item.version - 1) return 'stale'
        const eventRef = t.collection(COLLECTIONS.caseEvents).doc(event.id)
        if (await getOrUndefined(eventRef)) throw new Error(`event id ${event.id} already exists`)
        await caseRef.set({ data: caseToDoc(item) })
        await eventRef.set({ data: eventToDoc(event) })
        await recordStatistics(t, event, item)
        return 'saved'
      }, COUNTER_RETRIES)
    },

    /**
     * Every list names its statuses (all of them when none is asked), so one (scope, status, createdAt, _id) index
     * serves the scope with or without a group (indexes.ts); a petitioner's list is read whole.
     */
    async list(query: CaseQuery) {
      checkLimit(query.limit)
      if (query.urgency !== undefined && query.urgency !== 'urgent') throw new RangeError(`only the urgent list is indexed, not urgency ${String(query.urgency)}`)
      const field = scopeField(query)
      const whole = field === 'petitioner.userId' || (field === 'submittedBy' && !query.statuses && !query.urgency)
      if (whole && (query.statuses || query.urgency)) throw new RangeError('a petitioner’s cases are listed whole: no status or urgency filter')
      if (query.urgency && field === 'submittedBy') throw new RangeError('the urgent list is indexed by unit, grid, community or street')
      const statuses = whole ? undefined : statusCondition(_, query.statuses ?? CASE_STATUSES)
      return page([scopeCondition(_, query), query.urgency ? { urgency: query.urgency } : undefined, statuses], 'createdAt', 'desc', query.limit, query.cursor)
    },

    // Cards: the same documents, mapped (the cloud database answers whole documents; what the phone downloads is the card).
    async listCards(query: CaseQuery) {
      return asCards(await repository.list(query))
    },

    async listAgendaCards(scope: CaseScope, limit: number, cursor?: string) {
      return asCards(await repository.listAgenda(scope, limit, cursor))
    },

    async listAgenda(scope: CaseScope, limit: number, cursor?: string) {
      checkLimit(limit)
      const field = scopeField(scope)
      if (field === 'petitioner.userId' || field === 'submittedBy') throw new RangeError('the agenda is indexed by unit, grid, community or street')
      return page([scopeCondition(_, scope), statusCondition(_, STATUS_GROUPS.agenda)], 'meeting.date', 'asc', limit, cursor)
    },

    async listPublished(communityId: string, limit: number, cursor?: string): Promise<Page<BoardCard>> {
      const { items, nextCursor } = await page([{ communityId }, statusCondition(_, BOARD_STATUSES), { publishedAt: _.gt('') }], 'publishedAt', 'desc', limit, cursor)
      return nextCursor === undefined ? { items: items.map(boardCardOf) } : { items: items.map(boardCardOf), nextCursor }
    },

    async listDue(statuses: readonly CaseStatus[], before: string, limit: number, cursor?: string) {
      return page([statusCondition(_, statuses), { dueAt: _.lte(before) }], 'dueAt', 'asc', limit, cursor)
    },

    async listStale(status: 'published', before: string, limit: number, cursor?: string) {
      return page([{ status }, { updatedAt: _.lte(before) }], 'updatedAt', 'asc', limit, cursor)
    },

    async listCreated(scope, start, before, limit, cursor) {
      const where: QueryCondition = scope.communityId !== undefined ? { communityId: scope.communityId } : { streetId: scope.streetId }
      return page([where, { createdAt: _.gte(start) }, { createdAt: _.lt(before) }], 'createdAt', 'asc', limit, cursor)
    },

    countForDay,

    /** A counter document per community and day, incremented in a transaction by id. */
    async nextCaseSequence(communityId: string, datePrefix: string) {
      const id = `${communityId}__${datePrefix}`
      const counters = db.collection(COLLECTIONS.caseCounters)
      if (!(await getOrUndefined(counters.doc(id)))) {
        const seeded = await countForDay(communityId, datePrefix)
        await db.runTransaction(async (t) => {
          const ref = t.collection(COLLECTIONS.caseCounters).doc(id)
          if (!(await getOrUndefined(ref))) await ref.set({ data: { communityId, day: datePrefix, value: seeded } })
        }, TRANSACTION_RETRIES)
      }
      return db.runTransaction(async (t) => {
        const ref = t.collection(COLLECTIONS.caseCounters).doc(id)
        const value = Number((await getOrUndefined(ref))?.value ?? 0) + 1
        await ref.update({ data: { value } })
        return value
      }, COUNTER_RETRIES)
    },
  }
  return repository
}

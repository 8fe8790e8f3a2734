// MeetingRepository over the cloud database: collection `meetings` (doc _id = meeting id), participants, agenda items
// and minutes inside the document; a change is saved in a transaction that checks the stored version.
import type { Meeting } from '@core/domain/meeting'
import type { MeetingQuery, MeetingRepository } from '@core/ports/meeting-repository'
import type { CloudDatabase, DocData, QueryCondition, StoredDoc } from './database-api'
import { COLLECTIONS } from './collections'
import { getOrUndefined } from './doc-helpers'
import { fetchPage } from './paging'

const TRANSACTION_RETRIES = 3

/** The meeting as stored: no `id` field (it is the _id) and nothing undefined at any depth. */
function meetingToDoc(meeting: Meeting): DocData {
  const { id: _id, ...rest } = meeting
  return JSON.parse(JSON.stringify(rest)) as DocData
}
function meetingFromDoc(doc: StoredDoc): Meeting {
  const { _id, ...rest } = doc
  return { ...rest, id: _id } as unknown as Meeting
}

export function createCloudMeetingRepository(db: CloudDatabase): MeetingRepository {
  const _ = db.command
  const meetings = () => db.collection(COLLECTIONS.meetings)
  return {
    async create(meeting) {
      return db.runTransaction(async (t) => {
        const ref = t.collection(COLLECTIONS.meetings).doc(meeting.id)
        if (await getOrUndefined(ref)) return false
        await ref.set({ data: meetingToDoc(meeting) })
        return true
      }, TRANSACTION_RETRIES)
    },
    async get(id) {
      const doc = await getOrUndefined(meetings().doc(id))
      return doc && meetingFromDoc(doc)
    },
    async save(meeting) {
      return db.runTransaction(async (t) => {
        const ref = t.collection(COLLECTIONS.meetings).doc(meeting.id)
        const stored = await getOrUndefined(ref)
        if (!stored || stored.version !== meeting.version - 1) return 'stale' as const
        await ref.set({ data: meetingToDoc(meeting) })
        return 'saved' as const
      }, TRANSACTION_RETRIES)
    },
    async list(query: MeetingQuery) {
      const conditions: QueryCondition[] = []
      if (query.communityId) conditions.push({ communityId: query.communityId })
      else if (query.streetId) conditions.push({ streetId: query.streetId })
      conditions.push({ status: query.status })
      if (query.fromDate && query.toDate) conditions.push({ date: _.and([_.gte(query.fromDate), _.lte(query.toDate)]) })
      else if (query.fromDate) conditions.push({ date: _.gte(query.fromDate) })
      else if (query.toDate) conditions.push({ date: _.lte(query.toDate) })
      const page = await fetchPage(db, { collection: COLLECTIONS.meetings, conditions, field: 'date', direction: query.order, limit: query.limit, cursor: query.cursor })
      return { items: page.docs.map(meetingFromDoc), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }
    },
  }
}

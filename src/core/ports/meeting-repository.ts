// Port for meetings (议事会, 逢五说事, 定题说事): one record per meeting with its participants, agenda items and minutes.
// Adapters: cloudfunctions/src/adapters/{sqlite,cloud-db}/meeting-repository.ts.
import type { Meeting } from '../domain/meeting'
import type { MeetingStatus } from '../domain/meeting-status'
import type { Page, SaveOutcome } from './repositories'

/**
 * Meetings of one status, by (date, id): in a community, a street, or everywhere (the timer). `fromDate`/`toDate`
 * bound the date (inclusive). Each shape is served by an index (status, date, id) behind its scope.
 */
export interface MeetingQuery {
  communityId?: string
  streetId?: string
  status: MeetingStatus
  order: 'asc' | 'desc'
  fromDate?: string
  toDate?: string
  cursor?: string
  /** 1..100 */
  limit: number
}

export interface MeetingRepository {
  /** Create the meeting; false (writing nothing) when a meeting with its id exists (stable ids make timer runs idempotent). */
  create(meeting: Meeting): Promise<boolean>
  get(id: string): Promise<Meeting | undefined>
  /** Save a changed meeting whose stored version must still be `meeting.version - 1`; 'stale' (writing nothing) otherwise. */
  save(meeting: Meeting): Promise<SaveOutcome>
  list(query: MeetingQuery): Promise<Page<Meeting>>
}

// Repository ports. Adapters: cloudfunctions/src/adapters/sqlite and cloudfunctions/src/adapters/cloud-db.
import type { BoardCard, CaseCard, CaseEvent, CaseRecord, Urgency } from '../domain/case'
import type { CaseStatus } from '../domain/case-status'
import type { Building, Community, Grid, Household, Street, Unit, User } from '../domain/directory'
import type { AdministrationRepository } from './administration'
import type { MeetingRepository } from './meeting-repository'
import type { TopicRepository } from './topics'
import type { StatisticsRepository } from './statistics'

/** A page of results in a stable order, with the cursor to pass for the next page (range pagination). */
export interface Page<T> {
  items: T[]
  nextCursor?: string
}

/** Exactly one scope field is used, in this order of precedence. */
export interface CaseScope {
  petitionerUserId?: string
  submittedBy?: string
  unitId?: string
  gridIds?: string[]
  communityId?: string
  streetId?: string
}

/**
 * Every combination is served by an index matching its filter and order (issue 12): a petitioner's list is read
 * whole (no status or urgency filter); the urgent list (`urgency: 'urgent'`) by unit, grid, community or street.
 */
export interface CaseQuery extends CaseScope {
  statuses?: readonly CaseStatus[]
  urgency?: Extract<Urgency, 'urgent'>
  /** Cursor from a previous page (opaque string). */
  cursor?: string
  /** 1..100 */
  limit: number
}

export type SaveOutcome = 'saved' | 'stale'

export interface CaseRepository {
  /**
   * Create a case with its first event, atomically. When the idempotency key was already used, returns the existing case.
   * With `numbering`, the case takes the next number of its community's day (`caseNumber(datePrefix, n)`, replacing
   * `item.caseNo`) in the same transaction, so a submit is one commit; a key used before keeps its number and takes none.
   */
  create(item: CaseRecord, firstEvent: CaseEvent, numbering?: { datePrefix: string }): Promise<{ item: CaseRecord; created: boolean }>
  get(id: string): Promise<CaseRecord | undefined>
  findByIdempotencyKey(key: string): Promise<CaseRecord | undefined>
  /**
   * Save a changed case whose stored version must still be `item.version - 1`, and append the event, atomically.
   * Answers 'stale' (writing nothing) when someone else saved first.
   */
  saveTransition(item: CaseRecord, event: CaseEvent): Promise<SaveOutcome>
  /** Newest first, ordered by (createdAt, id). */
  list(query: CaseQuery): Promise<Page<CaseRecord>>
  /** The same page as list(), read as cards: only what a list shows (lists answer these; issue 12). */
  listCards(query: CaseQuery): Promise<Page<CaseCard>>
  /** 议事会 agenda: cases onAgenda or deliberated in the scope (unit, grid, community or street), earliest meeting first, by (meeting.date, id). */
  listAgenda(scope: CaseScope, limit: number, cursor?: string): Promise<Page<CaseRecord>>
  /** The same page as listAgenda(), read as cards. */
  listAgendaCards(scope: CaseScope, limit: number, cursor?: string): Promise<Page<CaseCard>>
  /** 公示栏: the community's published results (published, rated or closed, with publishedAt), newest publication first, by (publishedAt, id). */
  listPublished(communityId: string, limit: number, cursor?: string): Promise<Page<BoardCard>>
  /** Open cases in the given statuses with dueAt <= before, oldest deadline first (indexed on dueAt). */
  listDue(statuses: readonly CaseStatus[], before: string, limit: number, cursor?: string): Promise<Page<CaseRecord>>
  /** Published (and so unrated) cases changed at or before `before`, oldest first: only they are indexed by their last change. */
  listStale(status: Extract<CaseStatus, 'published'>, before: string, limit: number, cursor?: string): Promise<Page<CaseRecord>>
  /**
   * 台账: the cases of a community (when given) or a street created in [start, before), oldest first by
   * (createdAt, id), a page at a time (indexed on (scope, createdAt, id)).
   */
  listCreated(scope: { communityId?: string; streetId: string }, start: string, before: string, limit: number, cursor?: string): Promise<Page<CaseRecord>>
  countForDay(communityId: string, datePrefix: string): Promise<number>
  /**
   * The next number of the day for a new case of the community (1, 2, 3 …), atomically: concurrent callers never
   * get the same number. Starts after the cases already numbered that day.
   */
  nextCaseSequence(communityId: string, datePrefix: string): Promise<number>
}

export interface EventRepository {
  /** Oldest first. */
  listByCase(caseId: string): Promise<CaseEvent[]>
}

export interface DirectoryRepository {
  listStreets(): Promise<Street[]>
  getStreet(id: string): Promise<Street | undefined>
  getCommunity(id: string): Promise<Community | undefined>
  listCommunities(streetId: string): Promise<Community[]>
  listGrids(communityId: string): Promise<Grid[]>
  listBuildings(communityId: string): Promise<Building[]>
  listHouseholds(buildingId: string): Promise<Household[]>
  getHousehold(id: string): Promise<Household | undefined>
  listUnits(streetId: string): Promise<Unit[]>
  getUnit(id: string): Promise<Unit | undefined>
  upsert(kind: 'street' | 'community' | 'grid' | 'building' | 'household' | 'unit', record: { id: string }): Promise<void>
}

export interface UserRepository {
  getByOpenid(openid: string): Promise<User | undefined>
  get(id: string): Promise<User | undefined>
  listByRole(streetId: string, role: User['role']): Promise<User[]>
  /**
   * Residents of the community registered with this household, or with this phone (whichever are given), ordered
   * by id, at most 20: to link a case typed in for someone to their app account. Indexed on both.
   */
  findResidents(communityId: string, match: { householdId?: string; phone?: string }): Promise<User[]>
  upsert(user: User): Promise<void>
}

export interface Repositories {
  cases: CaseRepository
  events: EventRepository
  directory: DirectoryRepository
  users: UserRepository
  /** Invites, workers' roles, directory imports and the audit trail. */
  admin: AdministrationRepository
  /** 议事会: meetings with participants, agenda and minutes. */
  meetings: MeetingRepository
  /** 定题说事: topics, answers and their tally. */
  topics: TopicRepository
  /** Counters for the dashboard and the 公示栏's figures, kept by cases.create / saveTransition. */
  statistics: StatisticsRepository
}

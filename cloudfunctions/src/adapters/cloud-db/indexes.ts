// The indexes each collection needs (create them in the cloud console; README docs are generated from this list).
// Compound indexes match by prefix; sort directions must match the index or its exact inverse (WECHAT.md §3).
import type { CollectionName } from './collections'

export interface IndexField {
  field: string
  direction: 'asc' | 'desc'
}

export interface IndexSpec {
  name: string
  fields: IndexField[]
  unique?: boolean
  /** Which query needs it. */
  usedBy: string
}

const asc = (field: string): IndexField => ({ field, direction: 'asc' })
const desc = (field: string): IndexField => ({ field, direction: 'desc' })

const newestFirst = (scope: string, name: string): IndexSpec => ({
  name: `${name}_createdAt_id`,
  fields: [asc(scope), desc('createdAt'), desc('_id')],
  usedBy: `cases.list by ${scope} (listMine: every status)`,
})

/** A queue scope by status (every list names its statuses: all of them without a group), newest first. */
const byStatus = (scope: string, name: string): IndexSpec => ({
  name: `${name}_status_createdAt_id`,
  fields: [asc(scope), asc('status'), desc('createdAt'), desc('_id')],
  usedBy: `cases.list by ${scope} and status (listQueue groups, countWaiting, listWatch, listSimilar)`,
})

const urgentByStatus = (scope: string, name: string): IndexSpec => ({
  name: `${name}_urgency_status_createdAt_id`,
  fields: [asc(scope), asc('urgency'), asc('status'), desc('createdAt'), desc('_id')],
  usedBy: `cases.list by ${scope}, urgency and status (the pinned urgent list of listQueue)`,
})

const agenda = (scope: string, name: string): IndexSpec => ({
  name: `${name}_status_meetingDate_id`,
  fields: [asc(scope), asc('status'), asc('meeting.date'), asc('_id')],
  usedBy: `cases.listAgenda by ${scope} (meetings.listAgenda)`,
})

const QUEUE_SCOPES: Array<[string, string]> = [['unitId', 'unitId'], ['gridId', 'gridId'], ['communityId', 'communityId'], ['streetId', 'streetId']]

export const CLOUD_DB_INDEXES: Record<CollectionName, IndexSpec[]> = {
  cases: [
    newestFirst('petitioner.userId', 'petitionerUserId'),
    newestFirst('submittedBy', 'submittedBy'),
    byStatus('submittedBy', 'submittedBy'),
    ...QUEUE_SCOPES.map(([scope, name]) => byStatus(scope, name)),
    ...QUEUE_SCOPES.map(([scope, name]) => urgentByStatus(scope, name)),
    ...QUEUE_SCOPES.map(([scope, name]) => agenda(scope, name)),
    { name: 'communityId_status_publishedAt_id', fields: [asc('communityId'), asc('status'), desc('publishedAt'), desc('_id')], usedBy: 'cases.listPublished (公示栏, cases.listBoard)' },
    { name: 'status_dueAt_id', fields: [asc('status'), asc('dueAt'), asc('_id')], usedBy: 'cases.listDue' },
    { name: 'status_updatedAt_id', fields: [asc('status'), asc('updatedAt'), asc('_id')], usedBy: 'cases.listStale' },
    { name: 'communityId_caseNo', fields: [asc('communityId'), asc('caseNo')], usedBy: 'cases.countForDay' },
    { name: 'idempotencyKey', fields: [asc('idempotencyKey')], unique: true, usedBy: 'cases.create (a second guard beside idempotency_keys)' },
  ],
  case_events: [{ name: 'caseId_seq', fields: [asc('caseId'), asc('seq')], unique: true, usedBy: 'events.listByCase' }],
  idempotency_keys: [],
  case_counters: [],
  streets: [],
  communities: [{ name: 'streetId_id', fields: [asc('streetId'), asc('_id')], usedBy: 'directory.listCommunities' }],
  grids: [{ name: 'communityId_id', fields: [asc('communityId'), asc('_id')], usedBy: 'directory.listGrids' }],
  buildings: [{ name: 'communityId_id', fields: [asc('communityId'), asc('_id')], usedBy: 'directory.listBuildings' }],
  households: [{ name: 'buildingId_id', fields: [asc('buildingId'), asc('_id')], usedBy: 'directory.listHouseholds' }],
  units: [{ name: 'streetId_id', fields: [asc('streetId'), asc('_id')], usedBy: 'directory.listUnits' }],
  users: [
    { name: 'openid', fields: [asc('openid')], unique: true, usedBy: 'users.getByOpenid' },
    { name: 'streetId_role_id', fields: [asc('streetId'), asc('role'), asc('_id')], usedBy: 'users.listByRole' },
    { name: 'communityId_role_householdId_id', fields: [asc('communityId'), asc('role'), asc('householdId'), asc('_id')], usedBy: 'users.findResidents by household' },
    { name: 'communityId_role_phone_id', fields: [asc('communityId'), asc('role'), asc('phone'), asc('_id')], usedBy: 'users.findResidents by phone' },
  ],
  invites: [
    { name: 'streetId_createdAt_id', fields: [asc('streetId'), desc('createdAt'), desc('_id')], usedBy: 'admin.listInvites of a street' },
    { name: 'communityId_createdAt_id', fields: [asc('communityId'), desc('createdAt'), desc('_id')], usedBy: 'admin.listInvites of a community' },
  ],
  meetings: [
    { name: 'communityId_status_date_id', fields: [asc('communityId'), asc('status'), asc('date'), asc('_id')], usedBy: 'meetings.list of a community (listMeetings, the board’s minutes)' },
    { name: 'streetId_status_date_id', fields: [asc('streetId'), asc('status'), asc('date'), asc('_id')], usedBy: 'meetings.list of a street (listMeetings by an admin)' },
    { name: 'status_date_id', fields: [asc('status'), asc('date'), asc('_id')], usedBy: 'meetings.list everywhere (the meetings timer: reminders, minutes overdue)' },
  ],
  audit_events: [
    { name: 'streetId_at_id', fields: [asc('streetId'), desc('at'), desc('_id')], usedBy: 'admin.listAudit of a street' },
    { name: 'communityId_at_id', fields: [asc('communityId'), desc('at'), desc('_id')], usedBy: 'admin.listAudit of a community' },
  ],
  topics: [{ name: 'communityId_createdAt_id', fields: [asc('communityId'), desc('createdAt'), desc('_id')], usedBy: 'topics.listByCommunity (meetings.listTopics)' }],
  topic_answers: [{ name: 'topicId_commented_updatedAt_id', fields: [asc('topicId'), asc('commented'), desc('updatedAt'), desc('_id')], usedBy: 'topics.listComments (meetings.getTopic for staff)' }],
  topic_tallies: [{ name: 'topicId_id', fields: [asc('topicId'), asc('_id')], usedBy: 'topics.tally (one document per building)' }],
}

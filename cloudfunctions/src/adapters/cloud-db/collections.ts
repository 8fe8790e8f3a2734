// Collection names of the cloud database.
export const COLLECTIONS = {
  cases: 'cases',
  caseEvents: 'case_events',
  idempotencyKeys: 'idempotency_keys',
  caseCounters: 'case_counters',
  streets: 'streets',
  communities: 'communities',
  grids: 'grids',
  buildings: 'buildings',
  households: 'households',
  units: 'units',
  users: 'users',
  invites: 'invites',
  auditEvents: 'audit_events',
  meetings: 'meetings',
  topics: 'topics',
  topicAnswers: 'topic_answers',
  topicTallies: 'topic_tallies',
} as const

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]

/** Records per get() that the adapter asks for (the SDK allows 1000 with an explicit limit; we stay small). */
export const PAGE_SIZE = 100

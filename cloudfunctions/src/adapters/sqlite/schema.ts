// The SQLite schema as numbered migrations, applied once each and recorded in `schema_migrations`.
import type BetterSqlite3 from 'better-sqlite3'
import { ADMINISTRATION_TABLES, LEDGER_AND_CALENDAR_TABLES } from './administration-repository'
import { MEETING_TABLES } from './meeting-repository'
import { TOPIC_TABLES } from './topic-repository'
import { STATISTICS_TABLES } from './statistics-counters'

export interface Migration {
  version: number
  name: string
  sql: string
}

const CASES = `
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  case_no TEXT NOT NULL,
  street_id TEXT NOT NULL,
  community_id TEXT NOT NULL,
  grid_id TEXT,
  unit_id TEXT,
  petitioner_user_id TEXT,
  submitted_by TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER NOT NULL,
  due_at TEXT,
  urgency TEXT NOT NULL,
  category TEXT,
  channel TEXT NOT NULL,
  anonymous INTEGER NOT NULL,
  text TEXT NOT NULL,
  level TEXT,
  merged_into TEXT,
  result TEXT,
  published_result TEXT,
  published_at TEXT,
  closure TEXT,
  escalations INTEGER NOT NULL,
  petitioner TEXT NOT NULL,   -- JSON
  attachments TEXT NOT NULL,  -- JSON
  meeting TEXT,               -- JSON
  referral TEXT,              -- JSON
  rating TEXT,                -- JSON
  idempotency_key TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
-- list(): one index per scope, newest first by (created_at, id)
CREATE INDEX cases_petitioner ON cases (petitioner_user_id, created_at, id);
CREATE INDEX cases_submitted_by ON cases (submitted_by, created_at, id);
CREATE INDEX cases_unit ON cases (unit_id, created_at, id);
CREATE INDEX cases_grid ON cases (grid_id, created_at, id);
CREATE INDEX cases_community ON cases (community_id, created_at, id);
CREATE INDEX cases_street ON cases (street_id, created_at, id);
-- listDue(): only cases in the asked statuses are read, never the closed history
CREATE INDEX cases_due ON cases (status, due_at, id);
-- listStale()
CREATE INDEX cases_stale ON cases (status, updated_at, id);
-- countForDay()
CREATE INDEX cases_day ON cases (community_id, case_no);

CREATE TABLE case_events (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT,
  attachments TEXT NOT NULL,  -- JSON
  data TEXT,                  -- JSON
  UNIQUE (case_id, seq)
) STRICT;
CREATE TRIGGER case_events_append_only BEFORE UPDATE ON case_events
BEGIN
  SELECT RAISE(ABORT, 'case events are never rewritten');
END;
`

const DIRECTORY = `
CREATE TABLE streets (id TEXT PRIMARY KEY, data TEXT NOT NULL) STRICT;
CREATE TABLE communities (id TEXT PRIMARY KEY, street_id TEXT NOT NULL, data TEXT NOT NULL) STRICT;
CREATE INDEX communities_street ON communities (street_id, id);
CREATE TABLE grids (id TEXT PRIMARY KEY, community_id TEXT NOT NULL, data TEXT NOT NULL) STRICT;
CREATE INDEX grids_community ON grids (community_id, id);
CREATE TABLE buildings (id TEXT PRIMARY KEY, community_id TEXT NOT NULL, data TEXT NOT NULL) STRICT;
CREATE INDEX buildings_community ON buildings (community_id, id);
CREATE TABLE households (id TEXT PRIMARY KEY, building_id TEXT NOT NULL, data TEXT NOT NULL) STRICT;
CREATE INDEX households_building ON households (building_id, id);
CREATE TABLE units (id TEXT PRIMARY KEY, street_id TEXT NOT NULL, data TEXT NOT NULL) STRICT;
CREATE INDEX units_street ON units (street_id, id);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  openid TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  street_id TEXT NOT NULL,
  data TEXT NOT NULL          -- JSON: the whole User
) STRICT;
CREATE INDEX users_street_role ON users (street_id, role, id);
`

// users.findResidents(): residents of a community by household or phone (lookup columns beside the JSON).
const RESIDENT_LOOKUP = `
ALTER TABLE users ADD COLUMN community_id TEXT;
ALTER TABLE users ADD COLUMN household_id TEXT;
ALTER TABLE users ADD COLUMN phone TEXT;
UPDATE users SET
  community_id = json_extract(data, '$.communityId'),
  household_id = json_extract(data, '$.householdId'),
  phone = json_extract(data, '$.phone');
CREATE INDEX users_resident_household ON users (community_id, household_id, id) WHERE role = 'resident';
CREATE INDEX users_resident_phone ON users (community_id, phone, id) WHERE role = 'resident';
`

// Issue 12: every list query has an index whose leading columns are its equality terms and whose next columns are
// its order, so a page reads only the rows it returns, however many closed cases a scope holds. Status lists are
// read one status at a time (an index per (scope, status)) and merged in order (UNION ALL … ORDER BY: a MERGE, no
// sort); the pinned urgent list, the agenda and the board have small partial indexes of their own.
const SCALE_INDEXES = `
ALTER TABLE cases ADD COLUMN meeting_date TEXT;
UPDATE cases SET meeting_date = json_extract(meeting, '$.date') WHERE meeting IS NOT NULL;
DROP INDEX cases_unit;
DROP INDEX cases_grid;
DROP INDEX cases_community;
DROP INDEX cases_street;
CREATE INDEX cases_submitted_by_status ON cases (submitted_by, status, created_at, id);
CREATE INDEX cases_unit_status ON cases (unit_id, status, created_at, id);
CREATE INDEX cases_grid_status ON cases (grid_id, status, created_at, id);
CREATE INDEX cases_community_status ON cases (community_id, status, created_at, id);
CREATE INDEX cases_street_status ON cases (street_id, status, created_at, id);
CREATE INDEX cases_unit_urgent ON cases (unit_id, status, created_at, id) WHERE urgency = 'urgent';
CREATE INDEX cases_grid_urgent ON cases (grid_id, status, created_at, id) WHERE urgency = 'urgent';
CREATE INDEX cases_community_urgent ON cases (community_id, status, created_at, id) WHERE urgency = 'urgent';
CREATE INDEX cases_street_urgent ON cases (street_id, status, created_at, id) WHERE urgency = 'urgent';
CREATE INDEX cases_unit_agenda ON cases (unit_id, meeting_date, id) WHERE status IN ('onAgenda', 'deliberated');
CREATE INDEX cases_grid_agenda ON cases (grid_id, meeting_date, id) WHERE status IN ('onAgenda', 'deliberated');
CREATE INDEX cases_community_agenda ON cases (community_id, meeting_date, id) WHERE status IN ('onAgenda', 'deliberated');
CREATE INDEX cases_street_agenda ON cases (street_id, meeting_date, id) WHERE status IN ('onAgenda', 'deliberated');
CREATE INDEX cases_board ON cases (community_id, status, published_at, id) WHERE published_at IS NOT NULL;
`

// Issue 12: the open group (every queue's first tab and its pinned urgent list) read from one partial index per scope,
// one arm instead of one per open status (a page of the staff queue: 0.36 → 0.24 ms; its urgent list 0.21 → 0.12 ms).
const OPEN_STATUSES_SQL = "status IN ('submitted', 'triaged', 'onAgenda', 'deliberated', 'assigned', 'inProgress', 'extensionRequested', 'completed', 'published', 'rated')"
const OPEN_GROUP_INDEXES = ['unit', 'grid', 'community', 'street']
  .map((scope) => `CREATE INDEX cases_${scope}_open ON cases (${scope}_id, created_at, id) WHERE ${OPEN_STATUSES_SQL};
CREATE INDEX cases_${scope}_open_urgent ON cases (${scope}_id, created_at, id) WHERE urgency = 'urgent' AND ${OPEN_STATUSES_SQL};`)
  .join('\n')

// Issue 12: fewer index pages per write. A new case has no unit and no deadline yet, and only published cases are ever
// read by age of their last change, so those indexes leave the other rows out (a submit wrote 36 log pages, now 30;
// every later change of a case that is not published no longer moves it in cases_stale). `unit_id = ?` and
// `due_at <= ?` imply the NOT NULL terms, so the same queries are served (sqlite-query-plans.test.ts).
const PARTIAL_KEYS = `
DROP INDEX cases_unit_status;
CREATE INDEX cases_unit_status ON cases (unit_id, status, created_at, id) WHERE unit_id IS NOT NULL;
DROP INDEX cases_unit_urgent;
CREATE INDEX cases_unit_urgent ON cases (unit_id, status, created_at, id) WHERE unit_id IS NOT NULL AND urgency = 'urgent';
DROP INDEX cases_unit_open;
CREATE INDEX cases_unit_open ON cases (unit_id, created_at, id) WHERE unit_id IS NOT NULL AND ${OPEN_STATUSES_SQL};
DROP INDEX cases_unit_open_urgent;
CREATE INDEX cases_unit_open_urgent ON cases (unit_id, created_at, id) WHERE unit_id IS NOT NULL AND urgency = 'urgent' AND ${OPEN_STATUSES_SQL};
DROP INDEX cases_due;
CREATE INDEX cases_due ON cases (status, due_at, id) WHERE due_at IS NOT NULL;
DROP INDEX cases_stale;
CREATE INDEX cases_stale ON cases (status, updated_at, id) WHERE status = 'published';
`

// Issue 12: the units kept per process (directory-repository.ts) are read again only when a unit changed, not after
// every write to any table: triggers count the changes to units, on every connection and through any repository.
const UNITS_VERSION = `
CREATE TABLE units_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL) STRICT;
INSERT INTO units_version (id, version) VALUES (1, 0);
CREATE TRIGGER units_version_insert AFTER INSERT ON units BEGIN UPDATE units_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER units_version_update AFTER UPDATE ON units BEGIN UPDATE units_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER units_version_delete AFTER DELETE ON units BEGIN UPDATE units_version SET version = version + 1 WHERE id = 1; END;
`

// Issue 12: the 台账 reads a period through the (scope, status, created_at, id) indexes, one status at a time, merged
// (case-queries.ts), so a submit no longer feeds two indexes of its own for it.
const LEDGER_BY_STATUS = `
DROP INDEX cases_community_created;
DROP INDEX cases_street_created;
`

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'cases and case events', sql: CASES },
  { version: 2, name: 'directory and users', sql: DIRECTORY },
  { version: 3, name: 'classifier suggestion on cases', sql: 'ALTER TABLE cases ADD COLUMN suggestion TEXT; -- JSON' },
  {
    version: 4,
    name: 'case number counters',
    sql: 'CREATE TABLE case_counters (community_id TEXT NOT NULL, day TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (community_id, day)) STRICT;',
  },
  { version: 5, name: 'residents by household and phone', sql: RESIDENT_LOOKUP },
  { version: 6, name: 'list indexes per scope and status, urgent, agenda and board', sql: SCALE_INDEXES },
  { version: 7, name: 'invites and audit events', sql: ADMINISTRATION_TABLES },
  { version: 8, name: 'meetings', sql: MEETING_TABLES },
  { version: 9, name: 'topics', sql: TOPIC_TABLES },
  { version: 10, name: 'statistics counters', sql: STATISTICS_TABLES },
  { version: 11, name: 'ledger indexes and calendar years', sql: LEDGER_AND_CALENDAR_TABLES },
  { version: 12, name: 'open group indexes per scope', sql: OPEN_GROUP_INDEXES },
  { version: 13, name: 'unit, deadline and stale indexes without empty keys', sql: PARTIAL_KEYS },
  { version: 14, name: 'a version of the units table', sql: UNITS_VERSION },
  { version: 15, name: 'the ledger read by status', sql: LEDGER_BY_STATUS },
]

/** Applies the migrations this database has not seen yet, each in its own transaction. Returns the schema version. */
export function migrate(db: BetterSqlite3.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`)
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[])
  const known = Math.max(0, ...migrations.map((m) => m.version))
  const newest = Math.max(0, ...applied)
  if (newest > known) throw new Error(`database schema version ${newest} is newer than this code knows (${known})`)
  const record = db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      record.run(migration.version, migration.name)
    }).immediate()
  }
  return Math.max(newest, known)
}

// AdministrationRepository over SQLite: invites and audit events as JSON beside their lookup columns; each change
// and its audit event in one transaction (migration 7 in schema.ts).
import type { AuditEvent, Invite } from '@core/domain/accounts'
import type { User } from '@core/domain/directory'
import type { CalendarYear } from '@core/domain/work-calendar'
import type { DirectoryRecord } from '@core/ports/administration'
import type { AdministrationRepository, AdministrationScope } from '@core/ports/administration'
import type { Database } from './database'
import { DIRECTORY_TABLES, directoryToRow } from './directory-row'
import { userToRow } from './user-row'
import { statementCache } from './statements'

export function createSqliteAdministrationRepository(db: Database): AdministrationRepository {
  const statement = statementCache(db)
  const insertAudit = (event: AuditEvent) =>
    statement('INSERT INTO audit_events (id, street_id, community_id, at, data) VALUES (?, ?, ?, ?, ?)').run(event.id, event.streetId, event.communityId ?? null, event.at, JSON.stringify(event))
  const upsertUser = (user: User) =>
    statement(`INSERT INTO users (id, openid, role, street_id, community_id, household_id, phone, data)
      VALUES (@id, @openid, @role, @street_id, @community_id, @household_id, @phone, @data)
      ON CONFLICT (id) DO UPDATE SET openid = excluded.openid, role = excluded.role, street_id = excluded.street_id,
        community_id = excluded.community_id, household_id = excluded.household_id, phone = excluded.phone, data = excluded.data`).run(userToRow(user))
  const scoped = (table: string, order: string, scope: AdministrationScope, limit: number) =>
    (scope.communityId
      ? statement(`SELECT data FROM ${table} WHERE community_id = ? ORDER BY ${order} DESC, ${table === 'invites' ? 'code' : 'id'} DESC LIMIT ?`).all(scope.communityId, limit)
      : statement(`SELECT data FROM ${table} WHERE street_id = ? ORDER BY ${order} DESC, ${table === 'invites' ? 'code' : 'id'} DESC LIMIT ?`).all(scope.streetId, limit)) as Array<{ data: string }>

  const upsertDirectory = ({ kind, record }: DirectoryRecord) => {
    const { table, parent } = DIRECTORY_TABLES[kind]
    statement(`INSERT INTO ${table} (id, ${parent!.column}, data) VALUES (@id, @parent, @data)
      ON CONFLICT (id) DO UPDATE SET ${parent!.column} = excluded.${parent!.column}, data = excluded.data`).run(directoryToRow(kind, record))
  }

  /** In one transaction: an invite nobody redeemed or withdrew yet gets `change`, then `alsoWrite` runs; false otherwise. */
  const settleInvite = (code: string, change: Partial<Invite>, alsoWrite: () => void) =>
    db.transaction(() => {
      const row = statement('SELECT data FROM invites WHERE code = ?').get(code) as { data: string } | undefined
      const invite = row && (JSON.parse(row.data) as Invite)
      if (!invite || invite.redeemed || invite.withdrawn) return false
      statement('UPDATE invites SET data = ? WHERE code = ?').run(JSON.stringify({ ...invite, ...change }), code)
      alsoWrite()
      return true
    }).immediate()

  return {
    async createInvite(invite, event) {
      db.transaction(() => {
        statement('INSERT INTO invites (code, street_id, community_id, created_at, data) VALUES (?, ?, ?, ?, ?)').run(invite.code, invite.streetId, invite.communityId ?? null, invite.createdAt, JSON.stringify(invite))
        insertAudit(event)
      })()
    },
    async getInvite(code) {
      const row = statement('SELECT data FROM invites WHERE code = ?').get(code) as { data: string } | undefined
      return row && (JSON.parse(row.data) as Invite)
    },
    async listInvites(scope, limit) {
      return scoped('invites', 'created_at', scope, limit).map((row) => JSON.parse(row.data) as Invite)
    },
    async redeemInvite(code, redeemed, user, event) {
      return settleInvite(code, { redeemed }, () => {
        upsertUser(user)
        insertAudit(event)
      })
    },
    async withdrawInvite(code, withdrawn, event) {
      return settleInvite(code, { withdrawn }, () => insertAudit(event))
    },
    async changeUser(userId, next, event) {
      db.transaction(() => {
        if (next) upsertUser(next)
        else statement('DELETE FROM users WHERE id = ?').run(userId)
        insertAudit(event)
      })()
    },
    async importDirectory(records, event) {
      db.transaction(() => {
        records.forEach(upsertDirectory)
        insertAudit(event)
      })()
    },
    async changeDirectory(change, event) {
      db.transaction(() => {
        upsertDirectory(change)
        insertAudit(event)
      })()
    },
    async appendAudit(event) {
      insertAudit(event)
    },
    async listCalendarYears() {
      return (statement('SELECT data FROM calendar_years ORDER BY year').all() as Array<{ data: string }>).map((row) => JSON.parse(row.data) as CalendarYear)
    },
    async saveCalendarYear(year, event) {
      db.transaction(() => {
        statement('INSERT INTO calendar_years (year, data) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET data = excluded.data').run(year.year, JSON.stringify(year))
        insertAudit(event)
      })()
    },
    async listAudit(scope, limit) {
      return scoped('audit_events', 'at', scope, limit).map((row) => JSON.parse(row.data) as AuditEvent)
    },
  }
}

/** Migration 7: invites and the audit trail. */
export const ADMINISTRATION_TABLES = `
CREATE TABLE invites (
  code TEXT PRIMARY KEY,
  street_id TEXT NOT NULL,
  community_id TEXT,
  created_at TEXT NOT NULL,
  data TEXT NOT NULL          -- JSON: the whole Invite
) STRICT;
CREATE INDEX invites_street ON invites (street_id, created_at, code);
CREATE INDEX invites_community ON invites (community_id, created_at, code);
CREATE TABLE audit_events (
  id TEXT PRIMARY KEY,
  street_id TEXT NOT NULL,
  community_id TEXT,
  at TEXT NOT NULL,
  data TEXT NOT NULL          -- JSON: the whole AuditEvent
) STRICT;
CREATE INDEX audit_events_street ON audit_events (street_id, at, id);
CREATE INDEX audit_events_community ON audit_events (community_id, at, id);
CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit events are never rewritten');
END;
`

/** Migration 11: the 台账's range reads by (scope, created_at, id), and the holiday calendar years an admin enters. */
export const LEDGER_AND_CALENDAR_TABLES = `
CREATE INDEX cases_community_created ON cases (community_id, created_at, id);
CREATE INDEX cases_street_created ON cases (street_id, created_at, id);
CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY,
  data TEXT NOT NULL          -- JSON: the whole CalendarYear
) STRICT;
`

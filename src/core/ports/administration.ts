// Port for administration: invites, workers' role changes, directory imports and the audit trail, each change
// written together with its audit event. Adapters: cloudfunctions/src/adapters/{sqlite,cloud-db}/administration-repository.ts.
import type { AuditEvent, Invite } from '../domain/accounts'
import type { Building, Community, Grid, Household, Unit, User } from '../domain/directory'
import type { CalendarYear } from '../domain/work-calendar'

export type DirectoryRecord =
  | { kind: 'community'; record: Community }
  | { kind: 'grid'; record: Grid }
  | { kind: 'building'; record: Building }
  | { kind: 'household'; record: Household }
  | { kind: 'unit'; record: Unit }

/** Newest first within one street, or one community of it. */
export interface AdministrationScope {
  streetId: string
  communityId?: string
}

export interface AdministrationRepository {
  createInvite(invite: Invite, event: AuditEvent): Promise<void>
  getInvite(code: string): Promise<Invite | undefined>
  /** Newest first, at most `limit` (1..100). */
  listInvites(scope: AdministrationScope, limit: number): Promise<Invite[]>
  /**
   * Marks the invite redeemed (only if it is not yet), writes the user and appends the event, atomically.
   * false, writing nothing, when it was already redeemed.
   */
  redeemInvite(code: string, redeemed: NonNullable<Invite['redeemed']>, user: User, event: AuditEvent): Promise<boolean>
  /** Marks the invite withdrawn (only if nobody redeemed or withdrew it yet) and appends the event, atomically; false, writing nothing, otherwise. */
  withdrawInvite(code: string, withdrawn: NonNullable<Invite['withdrawn']>, event: AuditEvent): Promise<boolean>
  /** Replaces the user (or removes them when `next` is undefined) and appends the event, atomically. */
  changeUser(userId: string, next: User | undefined, event: AuditEvent): Promise<void>
  /**
   * Upserts every record and appends the event. SQLite: one transaction. Cloud database: record by record (ids are
   * stable, so running the same file again completes an interrupted import), the event last.
   */
  importDirectory(records: readonly DirectoryRecord[], event: AuditEvent): Promise<void>
  /** Replaces one directory record (a community's hall and roster, a unit's phone and members) and appends the event, atomically. */
  changeDirectory(change: DirectoryRecord, event: AuditEvent): Promise<void>
  /** Appends an audit event that goes with no stored change (an export of unmasked personal data). */
  appendAudit(event: AuditEvent): Promise<void>
  /** The stored calendar years (each overrides the built-in year of the same number), by year. */
  listCalendarYears(): Promise<CalendarYear[]>
  /** Replaces the stored year and appends the event, atomically. */
  saveCalendarYear(year: CalendarYear, event: AuditEvent): Promise<void>
  /** Newest first, at most `limit` (1..100). */
  listAudit(scope: AdministrationScope, limit: number): Promise<AuditEvent[]>
}

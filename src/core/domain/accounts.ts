// Workers' accounts: invites to a role and scope, who may grant or revoke which role, and the audit trail.
import type { Role } from './roles'
import type { User } from './directory'

/** Roles an invite can grant (residents register themselves; `system` is the timer). */
export const WORKER_ROLES = ['gridWorker', 'staff', 'handler', 'supervisor', 'admin'] as const
export type WorkerRole = (typeof WORKER_ROLES)[number]

export const INVITE_DAYS_DEFAULT = 7
export const INVITE_DAYS_MAX = 30

/** The place a role is granted in: a grid worker's grid, a handler's unit, a staff member's or supervisor's community. */
export interface InviteScope {
  streetId: string
  communityId?: string
  gridId?: string
  unitId?: string
}

export interface AccountActor {
  userId: string
  name: string
  role: Role
}

export interface Invite extends InviteScope {
  /** The code the person types or opens (also the record's id). */
  code: string
  role: WorkerRole
  /** e.g. 航空路社区 · 第二网格（红星路片区）: what the person will see before redeeming. */
  scopeLabel: string
  /** Who the invite is meant for (a hint shown to the creator; the redeemer's own name is kept). */
  forName?: string
  createdBy: AccountActor
  createdAt: string
  expiresAt: string
  redeemed?: { userId: string; name: string; at: string }
  /** 撤回: withdrawn before anyone redeemed it. */
  withdrawn?: { by: AccountActor; at: string }
}

export type InviteState = 'pending' | 'redeemed' | 'withdrawn' | 'expired'
export const INVITE_STATE_LABELS: Record<InviteState, string> = { pending: '待领取', redeemed: '已领取', withdrawn: '已撤回', expired: '已过期' }

export function inviteState(invite: Invite, now: Date): InviteState {
  if (invite.redeemed) return 'redeemed'
  if (invite.withdrawn) return 'withdrawn'
  return now.toISOString() >= invite.expiresAt ? 'expired' : 'pending'
}

/** Codes are shown grouped (3F9A-1C0B-7E42) and typed in any case, with or without spaces and dashes. */
export function normalizeInviteCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase()
}

export function formatInviteCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-')
}

/** A new code from a random id (both runtimes' ids are random UUIDs): 12 hex digits, 48 random bits. */
export function inviteCodeFrom(randomId: string): string {
  return normalizeInviteCode(randomId.replace(/[^0-9a-zA-Z]/g, '')).slice(-12)
}

export type AuditAction =
  | 'createInvite' | 'withdrawInvite' | 'grantRole' | 'revokeRole' | 'importDirectory'
  | 'exportLedger' | 'editCommunity' | 'editUnit' | 'editCalendar'
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  createInvite: '发出邀请',
  withdrawInvite: '撤回邀请',
  grantRole: '授予身份',
  revokeRole: '撤销身份',
  importDirectory: '导入通讯录',
  exportLedger: '导出含个人信息的台账',
  editCommunity: '修改社区设置',
  editUnit: '修改承办单位',
  editCalendar: '修改节假日安排',
}

/** One administrative change: who, when, what, whom. Never rewritten. */
export interface AuditEvent {
  id: string
  streetId: string
  communityId?: string
  at: string
  action: AuditAction
  actor: AccountActor
  /** Whom it concerned (the user granted or revoked), when a person. */
  subject?: { userId: string; name: string }
  /** What exactly: role, scope, invite code, counts of an import … */
  data: Record<string, unknown>
}

/** What a revoked worker becomes: the resident of their registered household's community, or nobody (the record goes). */
export function afterRevoke(user: User, householdCommunityId: string | undefined): User | undefined {
  if (!user.householdId || !householdCommunityId) return undefined
  const resident: User = { id: user.id, openid: user.openid, name: user.name, role: 'resident', streetId: user.streetId, communityId: householdCommunityId, householdId: user.householdId }
  if (user.phone) resident.phone = user.phone
  return resident
}

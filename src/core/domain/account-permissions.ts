// Who may grant and revoke which worker role where: admins anywhere in their street (any role, admins too); staff
// only in their own community and never the admin role; everyone else nothing.
import type { Actor } from './roles'
import type { User } from './directory'
import { WORKER_ROLES, type WorkerRole } from './accounts'

/** Where a role lies: its street and, for a community, grid or community-level unit, that community. */
export interface PlacedScope {
  streetId: string
  communityId?: string
}

export function grantableRoles(actor: Actor): WorkerRole[] {
  if (actor.role === 'admin') return [...WORKER_ROLES]
  if (actor.role === 'staff' && actor.communityId) return WORKER_ROLES.filter((role) => role !== 'admin')
  return []
}

export function mayGrant(actor: Actor, role: WorkerRole, scope: PlacedScope): boolean {
  if (!grantableRoles(actor).includes(role) || scope.streetId !== actor.streetId) return false
  return actor.role === 'admin' || (scope.communityId !== undefined && scope.communityId === actor.communityId)
}

export function isWorker(user: Pick<User, 'role'>): boolean {
  return (WORKER_ROLES as readonly string[]).includes(user.role)
}

/** `placedIn`: the community the worker works in (a handler's: their unit's, if the unit belongs to one). */
export function mayRevoke(actor: Actor, user: User, placedIn: PlacedScope): boolean {
  if (!isWorker(user) || user.id === actor.userId || user.streetId !== actor.streetId) return false
  if (actor.role === 'admin') return true
  return actor.role === 'staff' && user.role !== 'admin' && placedIn.communityId !== undefined && placedIn.communityId === actor.communityId
}

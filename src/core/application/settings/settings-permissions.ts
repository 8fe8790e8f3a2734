// Who edits which settings: admins every community and unit of their street and the holiday calendar; staff their own
// community's hall, hotline, reception days and duty roster, and the units that belong to their community (not the
// street's shared units); nobody else anything.
import type { Actor } from '../../domain/roles'
import type { Community, Unit } from '../../domain/directory'

export function mayEditCommunity(actor: Actor, community: Community): boolean {
  if (community.streetId !== actor.streetId) return false
  return actor.role === 'admin' || (actor.role === 'staff' && actor.communityId === community.id)
}

export function mayEditUnit(actor: Actor, unit: Unit): boolean {
  if (unit.streetId !== actor.streetId) return false
  return actor.role === 'admin' || (actor.role === 'staff' && !!unit.communityId && actor.communityId === unit.communityId)
}

export function mayEditCalendar(actor: Actor): boolean {
  return actor.role === 'admin'
}

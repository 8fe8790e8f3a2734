// What the invite form offers the caller: the roles they may grant and, per role, the places they may grant it in
// (admins: every community, grid and unit of the street; staff: their community, its grids and its own units).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { ROLE_LABELS } from '../../domain/roles'
import type { WorkerRole } from '../../domain/accounts'
import { grantableRoles } from '../../domain/account-permissions'
import { fail, ok, type Result } from '../../contracts/result'

export interface InviteChoices {
  roles: Array<{ role: WorkerRole; label: string }>
  communities: Array<{ id: string; name: string; grids: Array<{ id: string; name: string }> }>
  units: Array<{ id: string; name: string; communityId?: string }>
}

export async function inviteChoices(deps: Deps, actor: Actor): Promise<Result<InviteChoices>> {
  const roles = grantableRoles(actor)
  if (roles.length === 0) return fail('FORBIDDEN', '只有街道管理员和社区工作人员可以邀请')
  const { directory } = deps.repos
  const mine = (communityId?: string) => actor.role === 'admin' || (communityId !== undefined && communityId === actor.communityId)
  const communities = []
  for (const community of (await directory.listCommunities(actor.streetId)).filter((c) => mine(c.id))) {
    communities.push({ id: community.id, name: community.name, grids: (await directory.listGrids(community.id)).map((g) => ({ id: g.id, name: g.name })) })
  }
  const units = (await directory.listUnits(actor.streetId))
    .filter((u) => mine(u.communityId))
    .map((u) => ({ id: u.id, name: u.name, ...(u.communityId ? { communityId: u.communityId } : {}) }))
  return ok({ roles: roles.map((role) => ({ role, label: ROLE_LABELS[role] })), communities, units })
}

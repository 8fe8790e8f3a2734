// 工作人员 and 邀请 lists for the admin page: admins see their street, staff their own community. Others FORBIDDEN.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { ROLE_LABELS } from '../../domain/roles'
import { WORKER_ROLES, type WorkerRole } from '../../domain/accounts'
import { mayRevoke } from '../../domain/account-permissions'
import { maskPhone } from '../../domain/masking'
import { fail, ok, type Result } from '../../contracts/result'
import { placementOf } from './invite-scope'
import { presentInvite, type InviteView } from './present-invite'

export interface WorkerView {
  userId: string
  name: string
  phone?: string
  role: WorkerRole
  roleLabel: string
  scopeLabel: string
  revocable: boolean
}

const isManager = (actor: Actor) => actor.role === 'admin' || (actor.role === 'staff' && !!actor.communityId)

export async function listWorkers(deps: Deps, actor: Actor): Promise<Result<WorkerView[]>> {
  if (!isManager(actor)) return fail('FORBIDDEN', '只有街道管理员和社区工作人员可以查看')
  const { directory, users } = deps.repos
  const communities = await directory.listCommunities(actor.streetId)
  const communityName = new Map(communities.map((c) => [c.id, c.name]))
  const gridName = new Map((await Promise.all(communities.map((c) => directory.listGrids(c.id)))).flat().map((g) => [g.id, g.name]))
  const unitName = new Map((await directory.listUnits(actor.streetId)).map((u) => [u.id, u.name]))
  const out: WorkerView[] = []
  for (const role of WORKER_ROLES) {
    for (const user of await users.listByRole(actor.streetId, role)) {
      const placed = await placementOf(deps, user)
      if (actor.role === 'staff' && placed.communityId !== actor.communityId) continue
      const scopeLabel =
        role === 'gridWorker' ? [communityName.get(user.communityId ?? ''), ...(user.gridIds ?? []).map((id) => gridName.get(id) ?? id)].filter(Boolean).join(' · ')
        : role === 'handler' ? (unitName.get(user.unitId ?? '') ?? '')
        : role === 'admin' ? '街道'
        : (communityName.get(user.communityId ?? '') ?? '')
      out.push({ userId: user.id, name: user.name, ...(user.phone ? { phone: maskPhone(user.phone) } : {}), role, roleLabel: ROLE_LABELS[role], scopeLabel, revocable: mayRevoke(actor, user, placed) })
    }
  }
  return ok(out)
}

export async function listInvites(deps: Deps, actor: Actor): Promise<Result<InviteView[]>> {
  if (!isManager(actor)) return fail('FORBIDDEN', '只有街道管理员和社区工作人员可以查看')
  const scope = actor.role === 'staff' ? { streetId: actor.streetId, communityId: actor.communityId } : { streetId: actor.streetId }
  const now = deps.clock.now()
  return ok((await deps.repos.admin.listInvites(scope, 100)).map((invite) => presentInvite(invite, now)))
}

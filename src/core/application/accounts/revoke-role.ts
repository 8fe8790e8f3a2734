// 撤销身份: an admin (anyone in their street but themselves) or a staff member (workers of their own community, never
// an admin) takes a worker's role away. The person becomes the resident of their registered household, or nobody
// (their record goes; they may register or redeem a new invite). Writes a revokeRole audit event.
// Errors: NOT_FOUND (no such user), FORBIDDEN.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { afterRevoke } from '../../domain/accounts'
import { mayRevoke } from '../../domain/account-permissions'
import { fail, ok, type Result } from '../../contracts/result'
import { placementOf } from './invite-scope'

export async function revokeRole(deps: Deps, actor: Actor, input: { userId: string; note?: string }): Promise<Result<{ userId: string; role: 'resident' | null }>> {
  if (actor.role !== 'admin' && actor.role !== 'staff') return fail('FORBIDDEN', '只有街道管理员和社区工作人员可以撤销身份')
  const user = await deps.repos.users.get(input.userId)
  if (!user || user.streetId !== actor.streetId) return fail('NOT_FOUND', '找不到这位工作人员', 'userId')
  const placed = await placementOf(deps, user)
  if (!mayRevoke(actor, user, placed)) return fail('FORBIDDEN', user.id === actor.userId ? '不能撤销自己的身份' : '只能撤销本社区（或本街道）工作人员的身份')
  const next = afterRevoke(user, await householdCommunity(deps, user.streetId, user.householdId))
  await deps.repos.admin.changeUser(user.id, next, {
    id: deps.ids.next(),
    streetId: user.streetId,
    ...(placed.communityId ? { communityId: placed.communityId } : {}),
    at: deps.clock.now().toISOString(),
    action: 'revokeRole',
    actor: { userId: actor.userId, name: actor.name, role: actor.role },
    subject: { userId: user.id, name: user.name },
    data: { role: user.role, communityId: user.communityId, gridIds: user.gridIds, unitId: user.unitId, becomes: next?.role ?? null, note: input.note },
  })
  return ok({ userId: user.id, role: next ? 'resident' : null })
}

async function householdCommunity(deps: Deps, streetId: string, householdId: string | undefined): Promise<string | undefined> {
  const household = householdId ? await deps.repos.directory.getHousehold(householdId) : undefined
  if (!household) return undefined
  for (const community of await deps.repos.directory.listCommunities(streetId)) {
    if ((await deps.repos.directory.listBuildings(community.id)).some((b) => b.id === household.buildingId)) return community.id
  }
  return undefined
}

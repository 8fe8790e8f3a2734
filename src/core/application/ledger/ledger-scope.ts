// Whose 台账 a caller may export: staff and supervisors their own community; admins their street or a community of
// it. Answers the scope and its name (for the file's title).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { fail, ok, type Result } from '../../contracts/result'
import type { LedgerScope } from './ledger-sections'

export async function ledgerScopeOf(deps: Deps, actor: Actor, communityId: string | undefined): Promise<Result<{ scope: LedgerScope; name: string }>> {
  if (actor.role === 'admin') {
    if (communityId === undefined) {
      const street = await deps.repos.directory.getStreet(actor.streetId)
      return ok({ scope: { streetId: actor.streetId }, name: street?.name ?? '全街道' })
    }
  } else if (actor.role === 'staff' || actor.role === 'supervisor') {
    if (!actor.communityId || (communityId !== undefined && communityId !== actor.communityId)) return fail('FORBIDDEN', '只能导出本社区的台账', 'communityId')
    communityId = actor.communityId
  } else {
    return fail('FORBIDDEN', '只有社区工作人员、督办组和街道管理员可以导出台账')
  }
  const community = await deps.repos.directory.getCommunity(communityId)
  if (!community || community.streetId !== actor.streetId) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  return ok({ scope: { streetId: actor.streetId, communityId: community.id }, name: community.name })
}

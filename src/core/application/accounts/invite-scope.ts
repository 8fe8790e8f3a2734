// Where an invite puts its role: checks the grid, community or unit exists in the caller's street and names it.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { User } from '../../domain/directory'
import type { InviteScope, WorkerRole } from '../../domain/accounts'
import type { PlacedScope } from '../../domain/account-permissions'
import { fail, ok, type Result } from '../../contracts/result'

export interface ScopeInput {
  role: WorkerRole
  communityId?: string
  gridId?: string
  unitId?: string
}

export interface ResolvedScope {
  scope: InviteScope
  placed: PlacedScope
  label: string
}

export async function resolveInviteScope(deps: Deps, actor: Actor, input: ScopeInput): Promise<Result<ResolvedScope>> {
  const { directory } = deps.repos
  const streetId = actor.streetId
  if (input.role === 'gridWorker') {
    if (!input.gridId) return fail('INVALID_INPUT', '请选择网格', 'gridId')
    const community = input.communityId ? await directory.getCommunity(input.communityId) : actor.communityId ? await directory.getCommunity(actor.communityId) : undefined
    const grids = community && community.streetId === streetId ? await directory.listGrids(community.id) : []
    const grid = grids.find((g) => g.id === input.gridId)
    if (!community || !grid) return fail('NOT_FOUND', '找不到这个网格', 'gridId')
    return ok({ scope: { streetId, communityId: community.id, gridId: grid.id }, placed: { streetId, communityId: community.id }, label: `${community.name} · ${grid.name}` })
  }
  if (input.role === 'staff' || input.role === 'supervisor') {
    const community = input.communityId ? await directory.getCommunity(input.communityId) : undefined
    if (!input.communityId) return fail('INVALID_INPUT', '请选择社区', 'communityId')
    if (!community || community.streetId !== streetId) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
    return ok({ scope: { streetId, communityId: community.id }, placed: { streetId, communityId: community.id }, label: community.name })
  }
  if (input.role === 'handler') {
    if (!input.unitId) return fail('INVALID_INPUT', '请选择承办单位', 'unitId')
    const unit = await directory.getUnit(input.unitId)
    if (!unit || unit.streetId !== streetId) return fail('NOT_FOUND', '找不到这个承办单位', 'unitId')
    const scope: InviteScope = unit.communityId ? { streetId, communityId: unit.communityId, unitId: unit.id } : { streetId, unitId: unit.id }
    return ok({ scope, placed: { streetId, communityId: unit.communityId }, label: unit.name })
  }
  const street = await directory.getStreet(streetId)
  return ok({ scope: { streetId }, placed: { streetId }, label: street?.name ?? '本街道' })
}

/** The community a worker works in (a handler's: their unit's, when it belongs to one). */
export async function placementOf(deps: Deps, user: User): Promise<PlacedScope> {
  if (user.role === 'handler') {
    const unit = user.unitId ? await deps.repos.directory.getUnit(user.unitId) : undefined
    return { streetId: user.streetId, communityId: unit?.communityId }
  }
  return { streetId: user.streetId, communityId: user.role === 'admin' ? undefined : user.communityId }
}

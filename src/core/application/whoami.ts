// Who am I, and which community am I in: the signed-in user and the community's hall information.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { Community } from '../domain/directory'
import { ok, type Result } from '../contracts/result'

export interface WhoAmI {
  user: Actor
  community?: Community
}

export async function whoami(deps: Deps, actor: Actor): Promise<Result<WhoAmI>> {
  const community = actor.communityId ? await deps.repos.directory.getCommunity(actor.communityId) : undefined
  return ok(community ? { user: actor, community } : { user: actor })
}

/** The street's directory a staff form needs: communities, grids, units. */
export async function getDirectory(deps: Deps, actor: Actor) {
  const communities = await deps.repos.directory.listCommunities(actor.streetId)
  const grids = actor.communityId ? await deps.repos.directory.listGrids(actor.communityId) : []
  const units = await deps.repos.directory.listUnits(actor.streetId)
  return ok({ communities, grids, units })
}

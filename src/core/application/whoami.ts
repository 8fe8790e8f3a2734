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

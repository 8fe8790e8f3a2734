// The caller, from WeChat's OPENID (or the local session's persona), never from the payload.
import type { Actor } from '../../../src/core/domain/roles'
import type { User } from '../../../src/core/domain/directory'
import type { UserRepository } from '../../../src/core/ports/repositories'

export function actorFromUser(user: User): Actor {
  const actor: Actor = { userId: user.id, name: user.name, role: user.role, streetId: user.streetId }
  if (user.communityId) actor.communityId = user.communityId
  if (user.gridIds) actor.gridIds = user.gridIds
  if (user.unitId) actor.unitId = user.unitId
  return actor
}

export async function resolveActor(users: UserRepository, openid: string | undefined): Promise<Actor | undefined> {
  if (!openid) return undefined
  const user = await users.getByOpenid(openid)
  return user ? actorFromUser(user) : undefined
}

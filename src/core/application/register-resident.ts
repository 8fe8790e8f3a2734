// 住户登记: a WeChat user not yet known becomes a resident of a community. Caller: anyone with an OPENID
// (staff, handlers and supervisors are set up by an administrator). Registering again answers the same user.
// Errors: NOT_FOUND (community or household), INVALID_INPUT.
import type { Deps } from '../ports'
import type { User } from '../domain/directory'
import { fail, ok, type Result } from '../contracts/result'

export interface RegisterInput {
  communityId: string
  name: string
  phone?: string
  householdId?: string
}

export async function registerResident(deps: Deps, openid: string, input: RegisterInput): Promise<Result<User>> {
  const existing = await deps.repos.users.getByOpenid(openid)
  if (existing) return ok(existing)
  const community = await deps.repos.directory.getCommunity(input.communityId)
  if (!community) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  if (input.householdId) {
    const household = await deps.repos.directory.getHousehold(input.householdId)
    const buildings = await deps.repos.directory.listBuildings(community.id)
    if (!household || !buildings.some((b) => b.id === household.buildingId)) return fail('NOT_FOUND', '找不到这个门牌', 'householdId')
  }
  if (input.phone && !/^1\d{10}$/.test(input.phone)) return fail('INVALID_INPUT', '请填写11位手机号码', 'phone')
  const user: User = {
    id: deps.ids.next(),
    openid,
    name: input.name,
    role: 'resident',
    streetId: community.streetId,
    communityId: community.id,
    ...(input.phone ? { phone: input.phone } : {}),
    ...(input.householdId ? { householdId: input.householdId } : {}),
  }
  await deps.repos.users.upsert(user)
  return ok(user)
}

/** What a newcomer picks from when registering: community, building, room (no names of households). */
export async function listCommunitiesForRegistration(deps: Deps) {
  const out = []
  for (const street of await deps.repos.directory.listStreets()) {
    for (const community of await deps.repos.directory.listCommunities(street.id)) {
      const buildings = []
      for (const building of await deps.repos.directory.listBuildings(community.id)) {
        const households = (await deps.repos.directory.listHouseholds(building.id)).map((h) => ({ id: h.id, room: h.room }))
        buildings.push({ id: building.id, name: building.name, households })
      }
      out.push({ id: community.id, name: community.name, streetName: street.name, buildings })
    }
  }
  return out
}

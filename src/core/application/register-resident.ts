// 住户登记: a WeChat user not yet known becomes a resident of a community. Caller: anyone with an OPENID
// (staff, handlers and supervisors are set up by an administrator). Registering again answers the same user.
// Errors: NOT_FOUND (community or household), INVALID_INPUT.
import type { Deps } from '../ports'
import type { User } from '../domain/directory'
import { fail, ok, type Result } from '../contracts/result'

export interface RegisterInput {
  communityId: string
  name: string
  /** Typed by the user: kept as unverified. */
  phone?: string
  /** WeChat's getPhoneNumber code: exchanged on the server for a verified number (wins over a typed one). */
  phoneCode?: string
  householdId?: string
  /** The user agreed to the privacy guide (用户隐私保护指引) on the form. */
  privacyConsent?: boolean
}

export const CONSENT_NEEDED = '请先阅读并同意《用户隐私保护指引》'

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
  if (input.privacyConsent !== true) return fail('INVALID_INPUT', CONSENT_NEEDED, 'privacyConsent')
  const phone = await phoneOf(deps, input)
  if (!phone.ok) return phone
  const user: User = {
    id: deps.ids.next(),
    openid,
    name: input.name,
    role: 'resident',
    streetId: community.streetId,
    communityId: community.id,
    privacyConsentAt: deps.clock.now().toISOString(),
    ...(phone.value ? { phone: phone.value.number, phoneVerified: phone.value.verified } : {}),
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

/** A WeChat-verified number from the code, else the typed one (unverified), else none. */
async function phoneOf(deps: Deps, input: RegisterInput): Promise<Result<{ number: string; verified: boolean } | undefined>> {
  if (input.phoneCode) {
    if (!deps.phoneNumbers) return fail('INVALID_INPUT', '这里不能用微信验证手机号，请直接填写', 'phoneCode')
    const number = await deps.phoneNumbers.exchange(input.phoneCode)
    if (!number) return fail('INVALID_INPUT', '微信没能验证手机号，请再试一次或直接填写', 'phoneCode')
    return ok({ number, verified: true })
  }
  if (!input.phone) return ok(undefined)
  if (!/^1\d{10}$/.test(input.phone)) return fail('INVALID_INPUT', '请填写11位手机号码', 'phone')
  return ok({ number: input.phone, verified: false })
}

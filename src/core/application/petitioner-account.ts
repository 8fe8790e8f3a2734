// A case typed in for someone (door to door, phone, walk-in, suggestion box) is linked to the petitioner's app account
// when a registered resident of the community matches: the same household, or the typed phone. They then see it in
// 我的说事, hear its notices and rate it themselves (no 回访). Several matches: the one that matches most wins
// (household and phone over one of them, then the typed name), the lowest id on a tie.
import type { Deps } from '../ports'
import type { User } from '../domain/directory'

export interface TypedPetitioner {
  householdId?: string
  name: string
  phone?: string
}

export async function findPetitionerAccount(deps: Deps, communityId: string, typed: TypedPetitioner): Promise<User | undefined> {
  const phone = mobileNumber(typed.phone)
  if (!typed.householdId && !phone) return undefined
  const candidates = await deps.repos.users.findResidents(communityId, { householdId: typed.householdId, phone })
  const score = (user: User) =>
    (typed.householdId && user.householdId === typed.householdId ? 2 : 0) + (phone && user.phone === phone ? 2 : 0) + (user.name === typed.name.trim() ? 1 : 0)
  let best: User | undefined
  for (const user of candidates) if (!best || score(user) > score(best)) best = user
  return best
}

/** The 11-digit mobile number in what was typed (spaces and dashes dropped), or undefined. */
function mobileNumber(typed: string | undefined): string | undefined {
  const digits = (typed ?? '').replace(/[\s-]/g, '')
  return /^1\d{10}$/.test(digits) ? digits : undefined
}

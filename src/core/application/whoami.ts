// Who am I, and which community am I in: the signed-in user and the community's hall information, and the calendar
// years an admin stored (the app counts working days for its deadline texts by the same calendar as the server).
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { Community } from '../domain/directory'
import type { CalendarYear } from '../domain/work-calendar'
import { ok, type Result } from '../contracts/result'
import { storedCalendarYears } from './settings/calendar-years'

export interface WhoAmI {
  user: Actor
  community?: Community
  /** The stored calendar years (each replaces the built-in year of its number); [] when none. */
  calendarYears: CalendarYear[]
}

export async function whoami(deps: Deps, actor: Actor): Promise<Result<WhoAmI>> {
  const community = actor.communityId ? await deps.repos.directory.getCommunity(actor.communityId) : undefined
  const calendarYears = await storedCalendarYears(deps)
  return ok(community ? { user: actor, community, calendarYears } : { user: actor, calendarYears })
}

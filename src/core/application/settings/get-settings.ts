// 设置: what the settings pages show and may change — communities (hall, hotline, reception days as numbers, duty
// roster and the staff to pick from), units (phone, members) and the calendar years (stored or built in). Who:
// admins (their street), staff (their community and its units; the calendar read-only). Errors: FORBIDDEN.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Community, Unit } from '../../domain/directory'
import type { CalendarYear } from '../../domain/work-calendar'
import { receptionDaysOf } from '../../domain/reception-days'
import { fail, ok, type Result } from '../../contracts/result'
import { mayEditCalendar, mayEditCommunity, mayEditUnit } from './settings-permissions'
import { refreshCalendar } from './calendar-years'

export interface CommunitySettings extends Community {
  receptionDayNumbers: number[]
  staff: Array<{ id: string; name: string }>
}

export interface SettingsView {
  communities: CommunitySettings[]
  units: Unit[]
  calendar: { years: Array<CalendarYear & { stored: boolean }>; editable: boolean }
}

export async function getSettings(deps: Deps, actor: Actor): Promise<Result<SettingsView>> {
  if (actor.role !== 'admin' && actor.role !== 'staff') return fail('FORBIDDEN', '只有街道管理员和社区工作人员可以查看设置')
  const { directory, users, admin } = deps.repos
  const communities = (await directory.listCommunities(actor.streetId)).filter((c) => mayEditCommunity(actor, c))
  const staff = await users.listByRole(actor.streetId, 'staff')
  const units = (await directory.listUnits(actor.streetId)).filter((u) => mayEditUnit(actor, u))
  await refreshCalendar(deps, true)
  const stored = new Set((await admin.listCalendarYears()).map((y) => y.year))
  return ok({
    communities: communities.map((c) => ({
      ...c,
      receptionDayNumbers: receptionDaysOf(c.receptionDays),
      staff: staff.filter((u) => u.communityId === c.id).map((u) => ({ id: u.id, name: u.name })),
    })),
    units,
    calendar: { years: deps.calendar.years.map((y) => ({ ...y, stored: stored.has(y.year) })), editable: mayEditCalendar(actor) },
  })
}

// The working-day calendar lives in the database: the stored years laid over the built-in seed (work-calendar.ts).
// `refreshCalendar` rebuilds deps.calendar from them — every call's dispatch asks for it, and it reads the database
// at most once a minute per runtime (a WeChat instance sees another instance's change within a minute; the local
// runtime at once, as saveCalendarYear refreshes it itself).
import type { Deps } from '../../ports'
import { WorkCalendar, calendarYearsWith, type CalendarYear } from '../../domain/work-calendar'

export const CALENDAR_REFRESH_MS = 60_000
const loadedAt = new WeakMap<Deps, number>()
const storedYears = new WeakMap<Deps, CalendarYear[]>()

export async function refreshCalendar(deps: Deps, force = false): Promise<void> {
  const now = deps.clock.now().getTime()
  const last = loadedAt.get(deps)
  if (!force && last !== undefined && now - last < CALENDAR_REFRESH_MS && now >= last) return
  const stored = await deps.repos.admin.listCalendarYears()
  deps.calendar = new WorkCalendar(calendarYearsWith(stored))
  storedYears.set(deps, stored)
  loadedAt.set(deps, now)
}

/** The calendar years stored in the database, as last read by refreshCalendar (read now when it is time). */
export async function storedCalendarYears(deps: Deps): Promise<CalendarYear[]> {
  await refreshCalendar(deps)
  return storedYears.get(deps) ?? []
}

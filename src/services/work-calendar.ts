// The working-day calendar the app counts by (deadline previews and countdowns): the built-in years, with the years an
// admin stored laid over them once identity.whoami has answered — the same calendar the server uses.
import { WorkCalendar, calendarYearsWith, type CalendarYear } from '@core/domain/work-calendar'

let current = new WorkCalendar()

export function appCalendar(): WorkCalendar {
  return current
}

export function adoptStoredCalendarYears(stored: readonly CalendarYear[] | undefined): void {
  current = new WorkCalendar(calendarYearsWith(stored ?? []))
}

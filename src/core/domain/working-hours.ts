// Working hours and day thresholds for reminders: hours count only on working days (Asia/Shanghai calendar dates).
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import { ZONE, endOfShanghaiDay, shanghaiDate } from './deadlines'
import { WorkCalendar } from './work-calendar'

dayjs.extend(utc)
dayjs.extend(timezone)

const DAY_MS = 86400000
const nextDate = (date: string) => new Date(Date.parse(date + 'T00:00:00Z') + DAY_MS).toISOString().slice(0, 10)
const previousDate = (date: string) => new Date(Date.parse(date + 'T00:00:00Z') - DAY_MS).toISOString().slice(0, 10)
const startOfShanghaiDay = (date: string) => dayjs.tz(date + ' 00:00:00', ZONE).valueOf()

/** The instant `hours` working hours after `start` (time on non-working days does not count). */
export function addWorkingHours(start: string | Date, hours: number, calendar = new WorkCalendar()): string {
  let remaining = hours * 3600000
  let at = new Date(start).getTime()
  let date = shanghaiDate(new Date(at))
  for (;;) {
    const dayEnd = startOfShanghaiDay(nextDate(date))
    if (calendar.isWorkingDay(date)) {
      if (remaining <= dayEnd - at) return new Date(at + remaining).toISOString()
      remaining -= dayEnd - at
    }
    at = dayEnd
    date = nextDate(date)
  }
}

/**
 * The latest deadline that is, at `now`, overdue by at least `workingDays` working days: a deadline on date D
 * qualifies when the working days in (D, today] number `workingDays` or more.
 */
export function overdueThreshold(now: string | Date, workingDays: number, calendar = new WorkCalendar()): string {
  let date = shanghaiDate(now)
  let counted = 0
  for (;;) {
    if (calendar.isWorkingDay(date)) counted++
    date = previousDate(date)
    if (counted >= workingDays) return endOfShanghaiDay(date)
  }
}

/** Tomorrow's calendar date in Shanghai. */
export function shanghaiTomorrow(now: string | Date): string {
  return nextDate(shanghaiDate(now))
}

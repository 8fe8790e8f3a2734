// Deadlines in working days, computed in Asia/Shanghai whatever the machine's zone (cloud functions run in UTC).
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import { WorkCalendar } from './work-calendar'

dayjs.extend(utc)
dayjs.extend(timezone)

export const ZONE = 'Asia/Shanghai'

/** China has kept UTC+8 all year since 1991: an instant's Shanghai date is its UTC date 8 hours on. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000
const HAS_ZONE = /(?:[zZ]|[+-]\d{2}:?\d{2})$/

/**
 * The calendar date in Shanghai of an instant, as YYYY-MM-DD. Instants with a zone (ISO …Z, Dates) by the fixed
 * offset — dayjs's tz costs about 0.4 ms a call, and the statistics ask for it on every change of a case.
 */
export function shanghaiDate(instant: string | Date): string {
  if (typeof instant === 'string' && !HAS_ZONE.test(instant)) return dayjs(instant).tz(ZONE).format('YYYY-MM-DD')
  return new Date(new Date(instant).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

function nextDate(date: string): string {
  return new Date(new Date(date + 'T00:00:00Z').getTime() + 86400000).toISOString().slice(0, 10)
}

/** The end (23:59:59.999 Shanghai) of a calendar date, as a UTC ISO instant. */
export function endOfShanghaiDay(date: string): string {
  return dayjs.tz(date + ' 23:59:59.999', ZONE).toISOString()
}

/**
 * The deadline `workingDays` working days after `start`: counting starts the day after
 * the start date, and the deadline is the end of the last counted working day.
 */
export function addWorkingDays(start: string | Date, workingDays: number, calendar = new WorkCalendar()): string {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError('workingDays must be a positive integer')
  let date = shanghaiDate(start)
  let left = workingDays
  while (left > 0) {
    date = nextDate(date)
    if (calendar.isWorkingDay(date)) left--
  }
  return endOfShanghaiDay(date)
}

/** Working days from `from` (exclusive) to `to` (inclusive), by Shanghai dates; 0 when `to` is not later. */
export function workingDaysBetween(from: string | Date, to: string | Date, calendar = new WorkCalendar()): number {
  let date = shanghaiDate(from)
  const end = shanghaiDate(to)
  let count = 0
  while (date < end) {
    date = nextDate(date)
    if (calendar.isWorkingDay(date)) count++
  }
  return count
}

/**
 * Working days left until a deadline, by Shanghai dates: 3 = three working days after today, 0 = due today,
 * negative when overdue (minus the working days since the deadline's date; 0 when only days off have passed).
 */
export function workingDaysLeft(now: string | Date, dueAt: string | Date, calendar = new WorkCalendar()): number {
  if (new Date(dueAt).getTime() >= new Date(now).getTime()) return workingDaysBetween(now, dueAt, calendar)
  return -workingDaysBetween(dueAt, now, calendar) || 0
}

// 逢五说事: the community hall receives residents on the 5th, 15th and 25th of every month (Asia/Shanghai dates).
import { shanghaiDate } from './deadlines'
import type { WorkCalendar } from './work-calendar'

export const RECEPTION_DAYS_OF_MONTH = [5, 15, 25] as const

/**
 * The next reception day on or after today's Shanghai date, as YYYY-MM-DD: by the community's days of the month
 * (parseReceptionDays of its text; 逢五 when it names none). A day a month lacks (31 in November) is skipped there.
 */
export function nextReceptionDate(now: Date | string, days: readonly number[] = RECEPTION_DAYS_OF_MONTH): string {
  const chosen = days.length > 0 ? [...days].sort((a, b) => a - b) : [...RECEPTION_DAYS_OF_MONTH]
  let [year, month, day] = shanghaiDate(now).split('-').map(Number)
  for (let i = 0; i < 24; i += 1) {
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate()
    const found = chosen.find((d) => d >= day && d <= length)
    if (found !== undefined) return formatDate(year, month, found)
    ;[year, month, day] = month === 12 ? [year + 1, 1, 1] : [year, month + 1, 1]
  }
  throw new RangeError(`no reception day among ${chosen.join(',')}`)
}

function formatDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The days a community receives on: those its 接待日 text names, or 逢五 (5, 15, 25) when it names none. */
export function receptionDaysOf(text: string | undefined): number[] {
  const days = parseReceptionDays(text ?? '')
  return days.length > 0 ? days : [...RECEPTION_DAYS_OF_MONTH]
}

export interface ReceptionDate {
  /** The day the text names (the meeting's stable id is made from it). */
  nominal: string
  /** The day the hall receives: the nominal day, or the next working day when that is a public holiday. */
  date: string
}

/**
 * The reception days of a month (YYYY-MM). A day that falls on a public holiday (国庆, 春节 …) moves to the next
 * working day; a plain weekend keeps its day (the hall receives on the 5th, 15th and 25th whatever the weekday).
 * A day the month does not have (31 in a 30-day month) is skipped; two days moved onto one are held once.
 */
export function receptionDatesOfMonth(month: string, days: readonly number[], calendar: WorkCalendar): ReceptionDate[] {
  const [year, monthNumber] = month.split('-').map(Number)
  const length = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()
  const out: ReceptionDate[] = []
  for (const day of days) {
    if (day > length) continue
    const nominal = formatDate(year, monthNumber, day)
    let date = nominal
    while (calendar.isHoliday(date)) date = nextDay(date)
    if (!out.some((r) => r.date === date)) out.push({ nominal, date })
  }
  return out
}

/** The month after the Shanghai date's month, as YYYY-MM. */
export function nextMonth(date: string): string {
  const [year, month] = date.split('-').map(Number)
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
}

function nextDay(date: string): string {
  return new Date(Date.parse(date + 'T00:00:00Z') + 86400000).toISOString().slice(0, 10)
}

/** Days of the month as the community's text: [5, 15, 25] → 每月5日、15日、25日（逢五说事）. */
export function formatReceptionDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  const text = `每月${sorted.map((d) => `${d}日`).join('、')}`
  const fives = sorted.length === RECEPTION_DAYS_OF_MONTH.length && sorted.every((d, i) => d === RECEPTION_DAYS_OF_MONTH[i])
  return fives ? `${text}（逢五说事）` : text
}

/** The day numbers a reception-days text names (每月5日、15日 → [5, 15]); [] when it names none. */
export function parseReceptionDays(text: string): number[] {
  const days = [...text.matchAll(/(\d{1,2})\s*[日号]/g)].map((m) => Number(m[1])).filter((d) => d >= 1 && d <= 31)
  return [...new Set(days)].sort((a, b) => a - b)
}

/** A reason the day numbers cannot be the reception days, or undefined. */
export function receptionDaysProblem(days: readonly number[]): string | undefined {
  if (days.length === 0) return '请至少选一个接待日'
  if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 31)) return '接待日应是每月1日到31日中的日子'
  if (new Set(days).size !== days.length) return '接待日有重复'
  return undefined
}

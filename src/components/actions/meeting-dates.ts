// Dates offered for a 议事会: the community's next reception days (its 接待日; 逢五 — 5th, 15th, 25th — when it names
// none), as Shanghai calendar dates.
import { nextReceptionDate, receptionDaysOf } from '@core/domain/reception-days'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** The next `count` reception days on or after today (Shanghai), by the community's 接待日 text when given. */
export function upcomingReceptionDates(now: Date, count: number, receptionDays?: string): string[] {
  const days = receptionDaysOf(receptionDays)
  const dates: string[] = []
  let from: Date | string = now
  while (dates.length < count) {
    const date = nextReceptionDate(from, days)
    dates.push(date)
    from = new Date(Date.parse(`${date}T12:00:00+08:00`) + 24 * 3600 * 1000)
  }
  return dates
}

/** "12月15日（周二）" for a YYYY-MM-DD date. */
export function dateLabel(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  if (!year || !month || !day) return date
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  return `${month}月${day}日（周${WEEKDAYS[weekday]}）`
}

// The Chinese working-day calendar as data: official days off and make-up workdays per year.
// 2026: the State Council arrangement. 2027: provisional (weekends + fixed-date holidays only) until
// the arrangement is published; an administrator can replace a year's data.

export interface CalendarYear {
  year: number
  /** Days off that would otherwise be workdays (YYYY-MM-DD). */
  holidays: string[]
  /** Weekend days that are worked (调休上班). */
  workdays: string[]
  /** True until the official arrangement for the year has been entered. */
  provisional: boolean
}

function range(from: string, to: string): string[] {
  const out: string[] = []
  const [y, m, d] = from.split('-').map(Number)
  const end = new Date(to + 'T00:00:00Z').getTime()
  for (let t = Date.UTC(y, m - 1, d); t <= end; t += 86400000) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

export const BUILT_IN_CALENDAR: CalendarYear[] = [
  {
    year: 2026,
    holidays: [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    provisional: false,
  },
  {
    year: 2027,
    holidays: ['2027-01-01', '2027-05-01', '2027-05-02', ...range('2027-10-01', '2027-10-03')],
    workdays: [],
    provisional: true,
  },
]

export class WorkCalendar {
  private readonly holidays = new Set<string>()
  private readonly workdays = new Set<string>()

  constructor(readonly years: CalendarYear[] = BUILT_IN_CALENDAR) {
    for (const y of years) {
      y.holidays.forEach((d) => this.holidays.add(d))
      y.workdays.forEach((d) => this.workdays.add(d))
    }
  }

  /** Is this calendar date (YYYY-MM-DD, Asia/Shanghai) a working day? */
  isWorkingDay(date: string): boolean {
    if (this.workdays.has(date)) return true
    if (this.holidays.has(date)) return false
    const weekday = new Date(date + 'T00:00:00Z').getUTCDay()
    return weekday !== 0 && weekday !== 6
  }

  /** Is this date a public holiday's day off (国庆, 春节 …), not merely a weekend? */
  isHoliday(date: string): boolean {
    return this.holidays.has(date) && !this.workdays.has(date)
  }

  isProvisional(year: number): boolean {
    const y = this.years.find((c) => c.year === year)
    return !y || y.provisional
  }
}

/** The built-in years with the stored ones laid over them (a stored year replaces the built-in year of its number). */
export function calendarYearsWith(stored: readonly CalendarYear[], builtIn: readonly CalendarYear[] = BUILT_IN_CALENDAR): CalendarYear[] {
  const byYear = new Map(builtIn.map((y) => [y.year, y]))
  for (const year of stored) byYear.set(year.year, year)
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function isRealDate(date: string): boolean {
  return ISO_DATE.test(date) && new Date(date + 'T00:00:00Z').toISOString().slice(0, 10) === date
}

/** A reason the year's data cannot be saved (Chinese, with the field), or undefined. */
export function calendarYearProblem(year: CalendarYear): { message: string; field: 'year' | 'holidays' | 'workdays' } | undefined {
  if (!Number.isInteger(year.year) || year.year < 2000 || year.year > 2100) return { message: '年份应在2000到2100之间', field: 'year' }
  for (const field of ['holidays', 'workdays'] as const) {
    const label = field === 'holidays' ? '放假日' : '调休上班日'
    const bad = year[field].find((d) => !isRealDate(d))
    if (bad !== undefined) return { message: `${label}“${bad}”不是有效日期`, field }
    const elsewhere = year[field].find((d) => !d.startsWith(`${year.year}-`))
    if (elsewhere) return { message: `${label}${elsewhere}不在${year.year}年`, field }
    const twice = year[field].find((d, i) => year[field].indexOf(d) !== i)
    if (twice) return { message: `${label}${twice}填了两次`, field }
  }
  const both = year.holidays.find((d) => year.workdays.includes(d))
  if (both) return { message: `${both}不能既放假又上班`, field: 'workdays' }
  const weekday = year.workdays.find((d) => ![0, 6].includes(new Date(d + 'T00:00:00Z').getUTCDay()))
  if (weekday) return { message: `${weekday}本来就是工作日，调休上班日应是周六或周日`, field: 'workdays' }
  return undefined
}

// 逢五说事: the community hall receives residents on the 5th, 15th and 25th of every month (Asia/Shanghai dates).
import { shanghaiDate } from './deadlines'

export const RECEPTION_DAYS_OF_MONTH = [5, 15, 25] as const

/** The next reception day on or after today's Shanghai date, as YYYY-MM-DD. */
export function nextReceptionDate(now: Date | string): string {
  const [year, month, day] = shanghaiDate(now).split('-').map(Number)
  const thisMonth = RECEPTION_DAYS_OF_MONTH.find((d) => d >= day)
  if (thisMonth !== undefined) return formatDate(year, month, thisMonth)
  return month === 12 ? formatDate(year + 1, 1, RECEPTION_DAYS_OF_MONTH[0]) : formatDate(year, month + 1, RECEPTION_DAYS_OF_MONTH[0])
}

function formatDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

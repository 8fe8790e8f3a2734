// Periods of months for the picker: the presets and moving a month by one.
import { shanghaiMonth } from '@core/domain/statistics'
import { monthsBefore } from '@core/application/statistics/statistics-scope'

export interface Period {
  fromMonth: string
  toMonth: string
}

export const shiftMonth = (month: string, by: number): string => monthsBefore(month, -by)

export function presets(now: Date): Array<{ key: string; text: string; period: Period }> {
  const current = shanghaiMonth(now)
  const year = current.slice(0, 4)
  const lastYear = String(Number(year) - 1)
  return [
    { key: 'month', text: '本月', period: { fromMonth: current, toMonth: current } },
    { key: 'quarter', text: '近3个月', period: { fromMonth: shiftMonth(current, -2), toMonth: current } },
    { key: 'year', text: '近12个月', period: { fromMonth: shiftMonth(current, -11), toMonth: current } },
    { key: 'thisYear', text: `${year}年`, period: { fromMonth: `${year}-01`, toMonth: current } },
    { key: 'lastYear', text: `${lastYear}年`, period: { fromMonth: `${lastYear}-01`, toMonth: `${lastYear}-12` } },
  ]
}

/** 2026-11 → 2026年11月 */
export const monthLabel = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

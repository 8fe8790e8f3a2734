// A reporting period of calendar dates in Asia/Shanghai (from and to both included), as the UTC instants a
// range query on createdAt reads: [start of `from`, start of the day after `to`).
import dayjs from 'dayjs'
import { ZONE } from './deadlines'

export interface ReportPeriod {
  from: string
  to: string
}

export interface PeriodRange extends ReportPeriod {
  /** First instant of `from` in Shanghai (UTC ISO), included. */
  start: string
  /** First instant of the day after `to` in Shanghai (UTC ISO), excluded. */
  before: string
}

/** The longest period one export reads. */
export const PERIOD_MAX_DAYS = 366

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The range of a period, or a Chinese reason it cannot be read (a period that ends before it starts …). */
export function periodRange(period: ReportPeriod): PeriodRange | { error: string; field: 'from' | 'to' } {
  for (const field of ['from', 'to'] as const) {
    const value = period[field]
    if (!DATE.test(value) || dayjs(value).format('YYYY-MM-DD') !== value) return { error: `${field === 'from' ? '开始' : '结束'}日期应为日期，如 2026-11-01`, field }
  }
  if (period.to < period.from) return { error: `结束日期（${period.to}）早于开始日期（${period.from}），请重新选择时段`, field: 'to' }
  const days = dayjs(period.to).diff(dayjs(period.from), 'day') + 1
  if (days > PERIOD_MAX_DAYS) return { error: `一次最多导出${PERIOD_MAX_DAYS}天，请缩短时段`, field: 'to' }
  const start = dayjs.tz(`${period.from} 00:00:00`, ZONE).toISOString()
  const before = dayjs.tz(`${period.to} 00:00:00`, ZONE).add(1, 'day').toISOString()
  return { ...period, start, before }
}

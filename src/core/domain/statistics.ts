// Statistics (数据统计) and unit appraisal (行风评议 / 三服务): what every figure counts, with the Chinese label and the
// definition the dashboard shows beside it. Figures are summed from counters (statistics-counters.ts) kept in the same
// transaction that changes a case; this file only defines and computes the rates from those sums.
import { shanghaiDate } from './deadlines'

/**
 * 统计口径: every figure of a period belongs to the cases RECEIVED (说事提交) in that period, by Shanghai month; what
 * happened to them later (办结、评价、超期) is counted with the month they were received in, up to now.
 */
export const STATISTICS_BASIS = '按事项收到的月份（北京时间）归集：本期收到的事项，其后的办结、评价、超期情况都计入本期，统计到此刻为止。'

/** 按时签收: the unit accepts (接收办理) by the end of the working day after the day it was assigned (1 working day). */
export const ACCEPT_WITHIN_WORKING_DAYS = 1

/** Working days to close are kept in a histogram of one bucket per day; the last bucket holds this many days and more. */
export const CLOSE_DAYS_CAP = 60

/** The counted quantities of one row of counters (a scope, a month, a dimension value). */
export const COUNTED_METRICS = [
  'received', 'closed', 'onTime', 'late', 'published', 'satisfied', 'basicallySatisfied', 'unsatisfied', 'unrated',
  'reached', 'followedUp', 'reopened', 'closedWithDays',
] as const
export const APPRAISAL_METRICS = ['assigned', 'acceptedOnTime', 'completedOnTime', 'extensions', 'returns', 'rated', 'ratedSatisfied', 'overdueNow'] as const
export type CountedMetric = (typeof COUNTED_METRICS)[number]
export type AppraisalMetric = (typeof APPRAISAL_METRICS)[number]

/** metric -> count; the histogram of working days to close is under `days:N` (N = 0 … CLOSE_DAYS_CAP). */
export type Figures = Record<string, number>

export const daysKey = (days: number): string => `days:${Math.min(Math.max(0, days), CLOSE_DAYS_CAP)}`

export const BREAKDOWNS = ['category', 'channel', 'grid', 'unit'] as const
export type Breakdown = (typeof BREAKDOWNS)[number]
export const BREAKDOWN_LABELS: Record<Breakdown, string> = { category: '按类别', channel: '按渠道', grid: '按网格', unit: '按承办单位' }
/** The dimension value of a case that has none yet (未分类, no grid, not assigned). */
export const NO_VALUE = '-'

export interface Definition {
  key: string
  label: string
  definition: string
}

/** Every figure on the dashboard, in the order it shows them, with what it counts. */
export const FIGURE_DEFINITIONS: readonly Definition[] = [
  { key: 'received', label: '收到', definition: '本期提交的说事事项件数（各渠道，含后来合并、转交的）。' },
  { key: 'closed', label: '结案', definition: '本期收到的事项中，现已结案（含合并重复、转交他处）的件数。' },
  { key: 'closureRate', label: '结案率', definition: '结案 ÷ 收到。' },
  { key: 'onTimeRate', label: '按时办结率', definition: '按时办结 ÷（按时办结 + 超期）。按时办结：最近一次办结不晚于办理时限（当场解决、未设时限的算按时）；超期：办结晚于时限，或已过时限仍未办结（超期督办已标记）——不办结不能掩盖超期。' },
  { key: 'late', label: '超期', definition: '办结晚于时限，或已过时限仍未办结的件数。' },
  { key: 'satisfactionRate', label: '满意率', definition: '（满意 + 基本满意）÷（满意 + 基本满意 + 不满意 + 未评价）。按最近一次评价计：不满意重办后再评满意的算满意；公示7天未评价自动结案的算未评价，计入分母、不算满意。' },
  { key: 'unrated', label: '未评价', definition: '结果公示后7天内无人评价、自动结案的件数，单列显示。' },
  { key: 'followUpRate', label: '回访率', definition: '已取得说事人评价的件数（本人在小程序评价，或网格员、工作人员电话或上门回访记录）÷ 已公示结果的件数。' },
  { key: 'reopenRate', label: '重办率', definition: '至少一次“不满意，重新办理/重新受理”的件数 ÷ 已公示结果的件数。' },
  { key: 'medianDaysToClose', label: '结案用时中位数', definition: '已结案事项（不含合并、转交）从收到到结案的工作日数的中位数（按法定工作日历）。' },
  { key: 'overdueNow', label: '当前超期未办', definition: '此刻承办单位手中已过时限、仍未办结的件数（超期督办标记后计入，不分收到月份）。' },
]

export const APPRAISAL_DEFINITIONS: readonly Definition[] = [
  { key: 'assigned', label: '交办件数', definition: '本期收到、交办给该单位的事项件数（同一事项多次交办同一单位只算一件）。' },
  { key: 'acceptedOnTimeRate', label: '按时签收率', definition: `交办后${ACCEPT_WITHIN_WORKING_DAYS}个工作日内（交办次日工作日结束前）接收办理的件数 ÷ 交办件数；尚未签收的不算按时。` },
  { key: 'completedOnTimeRate', label: '按时办结率', definition: '该单位最近一次办结不晚于办理时限的件数 ÷ 交办件数；退回、未办结、超期办结都不算按时。' },
  { key: 'extensions', label: '延期申请', definition: '该单位申请延期的次数。' },
  { key: 'returns', label: '退回', definition: '该单位以“非本单位职责”退回的次数。' },
  { key: 'satisfactionRate', label: '满意率', definition: '由该单位办理后评价的事项中，满意 + 基本满意的比例（未评价计入分母）。' },
  { key: 'overdueNow', label: '当前超期', definition: '此刻该单位手中已过时限仍未办结的件数。' },
]

/** A rate as a fraction 0…1, or null when nothing was counted (shown as —). */
export type Rate = number | null
export const rate = (part: number, whole: number): Rate => (whole > 0 ? part / whole : null)

export interface FigureSummary {
  received: number
  closed: number
  closureRate: Rate
  onTime: number
  late: number
  onTimeRate: Rate
  satisfied: number
  basicallySatisfied: number
  unsatisfied: number
  unrated: number
  satisfactionRate: Rate
  published: number
  reached: number
  followedUp: number
  followUpRate: Rate
  reopened: number
  reopenRate: Rate
  closedWithDays: number
  medianDaysToClose: number | null
}

const n = (figures: Figures, key: string): number => figures[key] ?? 0

/** The median of the working-days histogram (lower median for an even count); null when empty. */
export function medianDays(figures: Figures): number | null {
  const total = n(figures, 'closedWithDays')
  if (total === 0) return null
  const middle = Math.ceil(total / 2)
  let seen = 0
  for (let days = 0; days <= CLOSE_DAYS_CAP; days++) {
    seen += n(figures, daysKey(days))
    if (seen >= middle) return days
  }
  return CLOSE_DAYS_CAP
}

export function summarize(figures: Figures): FigureSummary {
  const g = (key: CountedMetric) => n(figures, key)
  const rated = g('satisfied') + g('basicallySatisfied')
  return {
    received: g('received'),
    closed: g('closed'),
    closureRate: rate(g('closed'), g('received')),
    onTime: g('onTime'),
    late: g('late'),
    onTimeRate: rate(g('onTime'), g('onTime') + g('late')),
    satisfied: g('satisfied'),
    basicallySatisfied: g('basicallySatisfied'),
    unsatisfied: g('unsatisfied'),
    unrated: g('unrated'),
    satisfactionRate: rate(rated, rated + g('unsatisfied') + g('unrated')),
    published: g('published'),
    reached: g('reached'),
    followedUp: g('followedUp'),
    followUpRate: rate(g('reached'), g('published')),
    reopened: g('reopened'),
    reopenRate: rate(g('reopened'), g('published')),
    closedWithDays: g('closedWithDays'),
    medianDaysToClose: medianDays(figures),
  }
}

export interface AppraisalSummary {
  assigned: number
  acceptedOnTime: number
  acceptedOnTimeRate: Rate
  completedOnTime: number
  completedOnTimeRate: Rate
  extensions: number
  returns: number
  rated: number
  ratedSatisfied: number
  satisfactionRate: Rate
  overdueNow: number
}

export function summarizeAppraisal(figures: Figures): AppraisalSummary {
  const g = (key: AppraisalMetric) => n(figures, key)
  return {
    assigned: g('assigned'),
    acceptedOnTime: g('acceptedOnTime'),
    acceptedOnTimeRate: rate(g('acceptedOnTime'), g('assigned')),
    completedOnTime: g('completedOnTime'),
    completedOnTimeRate: rate(g('completedOnTime'), g('assigned')),
    extensions: g('extensions'),
    returns: g('returns'),
    rated: g('rated'),
    ratedSatisfied: g('ratedSatisfied'),
    satisfactionRate: rate(g('ratedSatisfied'), g('rated')),
    overdueNow: g('overdueNow'),
  }
}

/** Adds `from` into `into` (metric by metric). */
export function addFigures(into: Figures, from: Figures): Figures {
  for (const [key, value] of Object.entries(from)) into[key] = (into[key] ?? 0) + value
  return into
}

/** The Shanghai month (YYYY-MM) of an instant: the bucket a case is counted in. */
export function shanghaiMonth(instant: string | Date): string {
  return shanghaiDate(instant).slice(0, 7)
}

/** The months from `from` to `to` (YYYY-MM, inclusive). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  let [year, month] = from.split('-').map(Number)
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    if (key > to) break
    out.push(key)
    month += 1
    if (month > 12) { month = 1; year += 1 }
  }
  return out
}

/** A rate as the dashboard writes it: 96.5%, or — when nothing was counted. */
export function formatRate(value: Rate): string {
  return value === null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`
}

// Input schemas of the statistics actions (supervision.getStatistics, getUnitAppraisal, getBoardFigures).
import { id, type Rule, type Schema } from './validation'

/** A month as YYYY-MM (optional: the period defaults to the last 12 months). */
export function month(label: string): Rule {
  return (value) => {
    if (value === undefined || value === null || value === '') return { value: undefined }
    if (typeof value !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { error: `${label}应为年月，如 2026-12` }
    return { value }
  }
}

export const STATISTICS_SCHEMA: Schema = {
  fromMonth: month('开始月份'),
  toMonth: month('结束月份'),
  communityId: id('社区', { optional: true }),
}

export const BOARD_FIGURES_SCHEMA: Schema = {
  communityId: id('社区'),
}

export interface StatisticsInput {
  fromMonth?: string
  toMonth?: string
  communityId?: string
}

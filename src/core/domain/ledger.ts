// 台账 (the record book): a workbook of tables with Chinese headers, one row per case, for a period and a scope.
// Personal data (name, phone, room) is masked unless the export is a deliberate full one by staff or an admin.
import dayjs from 'dayjs'
import { CHANNEL_LABELS, FOLLOW_UP_METHOD_LABELS, RATING_LABELS, type CaseRecord } from './case'
import { CATEGORIES } from './category'
import { STATUS_LABELS } from './case-status'
import { ZONE, shanghaiDate } from './deadlines'
import { maskPetitioner } from './masking'

/** One table: a sheet of the .xlsx, a block of the CSV. */
export interface LedgerSheet {
  name: string
  header: string[]
  rows: string[][]
}

export interface LedgerWorkbook {
  /** e.g. 航空路社区说事台账（2026-11-01至2026-11-30）: the file's name without extension. */
  title: string
  sheets: LedgerSheet[]
}

export const LEDGER_FORMATS = ['csv', 'xlsx'] as const
export type LedgerFormat = (typeof LEDGER_FORMATS)[number]

export const CLOSURE_LABELS: Record<NonNullable<CaseRecord['closure']>, string> = {
  rated: '评价后结案',
  unrated: '逾期未评价结案',
  merged: '合并办理',
  referred: '转交办理',
}

export const LEDGER_CASE_HEADER = [
  '编号', '登记时间', '来源渠道', '说事人', '联系电话', '住址', '事项内容', '类别', '承办单位', '办理时限',
  '状态', '办理结果', '公示结果', '满意度', '评价意见', '评价方式', '结案方式',
] as const

const minute = (instant: string | undefined) => (instant ? dayjs(instant).tz(ZONE).format('YYYY-MM-DD HH:mm') : '')

/** A case as a row of the cases sheet; `unitName` from the street's units; `full`: unmasked personal data. */
export function ledgerCaseRow(item: CaseRecord, unitName: string | undefined, full: boolean): string[] {
  const petitioner = full ? item.petitioner : maskPetitioner(item.petitioner)
  const rating = item.rating
  return [
    item.caseNo,
    minute(item.createdAt),
    CHANNEL_LABELS[item.channel] ?? item.channel,
    petitioner.name,
    petitioner.phone ?? '',
    petitioner.room ?? '',
    item.text,
    item.category ? CATEGORIES[item.category].label : '',
    unitName ?? '',
    item.dueAt ? shanghaiDate(item.dueAt) : '',
    STATUS_LABELS[item.status],
    item.result ?? '',
    item.publishedResult ?? '',
    rating ? RATING_LABELS[rating.value] : '',
    rating?.comment ?? '',
    rating ? (rating.followUp ? `${FOLLOW_UP_METHOD_LABELS[rating.followUp.method]}（${rating.followUp.byName}）` : '本人评价') : '',
    item.closure ? CLOSURE_LABELS[item.closure] : '',
  ]
}

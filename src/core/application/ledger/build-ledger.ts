// The 台账 workbook of a scope and period: the cases created in it, oldest first, read a page of 100 at a time by
// (scope, createdAt, id) — never one unbounded read — then the other sections' sheets (ledger-sections.ts).
// Answers 'tooMany' when the period holds more cases than one file carries.
import type { Deps } from '../../ports'
import { LEDGER_CASE_HEADER, ledgerCaseRow, type LedgerSheet, type LedgerWorkbook } from '../../domain/ledger'
import type { PeriodRange } from '../../domain/report-period'
import { LEDGER_SECTIONS, type LedgerScope } from './ledger-sections'

/** At most this many cases in one file (a WeChat function has 60 s). */
export const LEDGER_MAX_CASES = 10_000
const PAGE = 100

export interface LedgerOptions {
  scope: LedgerScope
  /** e.g. 航空路社区 or 胜利街道 */
  scopeName: string
  period: PeriodRange
  /** Unmasked names, phones and rooms. */
  full: boolean
}

export async function buildLedger(deps: Deps, options: LedgerOptions): Promise<LedgerWorkbook | 'tooMany'> {
  const { scope, period, full } = options
  const unitNames = new Map((await deps.repos.directory.listUnits(scope.streetId)).map((u) => [u.id, u.name]))
  const rows: string[][] = []
  let cursor: string | undefined
  do {
    const page = await deps.repos.cases.listCreated(scope, period.start, period.before, PAGE, cursor)
    if (rows.length + page.items.length > LEDGER_MAX_CASES) return 'tooMany'
    for (const item of page.items) rows.push(ledgerCaseRow(item, item.unitId ? unitNames.get(item.unitId) : undefined, full))
    cursor = page.nextCursor
  } while (cursor !== undefined)
  const cases: LedgerSheet = { name: '说事台账', header: [...LEDGER_CASE_HEADER], rows }
  const sections = (await Promise.all(LEDGER_SECTIONS.map((section) => section(deps, scope, period)))).filter((s): s is LedgerSheet => s !== undefined)
  return { title: `${options.scopeName}说事台账（${period.from}至${period.to}）${full ? '' : '（个人信息已隐去）'}`, sheets: [cases, ...sections] }
}

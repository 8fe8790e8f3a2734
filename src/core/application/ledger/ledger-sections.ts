// The 台账's tables beyond the cases, as hooks other parts of the system fill in: each answers a sheet for the
// scope and period, or undefined to leave it out. Wired in by the lead after the branches merge:
// - meetingsWithMinutesSheet: 议事会 held in the period with their minutes (meetings branch);
// - unitAppraisalSheet: 行风评议 / 三服务 figures per unit (statistics branch computes unit appraisal).
// Neither is computed here.
import type { Deps } from '../../ports'
import type { LedgerSheet } from '../../domain/ledger'
import type { PeriodRange } from '../../domain/report-period'

export interface LedgerScope {
  streetId: string
  /** One community, or the whole street when absent. */
  communityId?: string
}

export type LedgerSection = (deps: Deps, scope: LedgerScope, period: PeriodRange) => Promise<LedgerSheet | undefined>

/** Hook: meetings with minutes (meetings branch). Until wired in, the 台账 has no meetings sheet. */
export const meetingsWithMinutesSheet: LedgerSection = async () => undefined

/** Hook: unit appraisal (statistics branch). Until wired in, the 台账 has no appraisal sheet. */
export const unitAppraisalSheet: LedgerSection = async () => undefined

/** In the order the sheets follow the cases. */
export const LEDGER_SECTIONS: readonly LedgerSection[] = [meetingsWithMinutesSheet, unitAppraisalSheet]

// A reminder stage: which cases are due for it (an indexed, range-paginated query) and what to do for each.
// Each (case, stage key) is claimed in the ledger before anything is sent, so it happens at most once
// even when timer runs overlap or are retried.
import type { Deps } from '../../ports'
import type { CaseRecord } from '../../domain/case'
import type { Page } from '../../ports/repositories'

export interface ReminderStage {
  name: string
  /** One page of candidate cases at `now`. */
  candidates(deps: Deps, now: Date, limit: number, cursor?: string): Promise<Page<CaseRecord>>
  /** The ledger key for a case; a new deadline or date makes a new key. undefined: not due yet. */
  key(item: CaseRecord, now: Date): string | undefined
  act(deps: Deps, item: CaseRecord, now: Date): Promise<void>
}

// A reminder stage: which cases are due for it (an indexed, range-paginated query), the change it makes to a case
// (if any) and the notices it sends. The sweep claims each (case, stage key) in the ledger before anything happens,
// records the notices before the first is sent, and counts them out, so a killed run is finished by the next one.
import type { Deps } from '../../ports'
import type { CaseRecord } from '../../domain/case'
import type { Notice } from '../../ports/notifier'
import type { Page } from '../../ports/repositories'

export interface ReminderStage {
  name: string
  /** What its ledger keys start with (before `@`), when not the name. */
  keyPrefix?: string
  /** One page of candidate cases at `now`. */
  candidates(deps: Deps, now: Date, limit: number, cursor?: string): Promise<Page<CaseRecord>>
  /** The ledger key for a case, `<keyPrefix or name>@…`; a new deadline or date makes a new key. undefined: not due yet. */
  key(item: CaseRecord, now: Date): string | undefined
  /**
   * The change to the case (an event marked with `key`, so it is made once even when a run is resumed).
   * Answers the case to notify about, or undefined when nothing is to be told.
   */
  change?(deps: Deps, item: CaseRecord, key: string): Promise<CaseRecord | undefined>
  /** Who hears what about the (changed) case. */
  notices(deps: Deps, item: CaseRecord, now: Date): Promise<Notice[]>
}

/** The stage a ledger key belongs to. */
export function stageOfKey(stages: readonly ReminderStage[], key: string): ReminderStage | undefined {
  const prefix = key.slice(0, key.indexOf('@'))
  return stages.find((stage) => (stage.keyPrefix ?? stage.name) === prefix)
}

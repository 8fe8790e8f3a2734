// An effect says what one workflow action changes on a case, after the runner has checked status, role and scope.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { CaseRecord } from '../../domain/case'
import type { CaseAction } from '../../domain/transitions'
import type { ActionInputs, ChangeAction } from '../../contracts/case-inputs'
import type { Result } from '../../contracts/result'

export interface EffectContext<A extends ChangeAction> {
  deps: Deps
  actor: Actor
  item: CaseRecord
  input: ActionInputs[A]
  now: Date
}

export interface EffectOutcome {
  changes: Partial<CaseRecord>
  /** The workflow action actually taken when it depends on the input (rate 不满意 -> rateUnsatisfied). */
  action?: CaseAction
  /** Structured details for the timeline event. */
  data?: Record<string, unknown>
}

export type Effect<A extends ChangeAction> = (ctx: EffectContext<A>) => Promise<Result<EffectOutcome>> | Result<EffectOutcome>

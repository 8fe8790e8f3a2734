// Every function's action map, by function name: what the local server serves and the docs list.
import type { FunctionName } from '../../../src/core/contracts/functions'
import type { ActionMap } from './action'
import { casesActions } from '../functions/cases/actions'
import { identityActions } from '../functions/identity/actions'
import { meetingsActions } from '../functions/meetings/actions'
import { supervisionActions } from '../functions/supervision/actions'

export const FUNCTION_ACTIONS: Record<FunctionName, ActionMap> = {
  identity: identityActions,
  cases: casesActions,
  meetings: meetingsActions,
  supervision: supervisionActions,
}

/** The action a function's timer trigger (config.json) runs. */
export const TIMER_ACTIONS: Partial<Record<FunctionName, string>> = {
  supervision: 'sweep',
  cases: 'cleanupUploads',
  meetings: 'sweepMeetings',
}

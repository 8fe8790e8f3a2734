// The `meetings` function: 议事 — meetings (meeting-actions.ts), the case agenda and its decisions.
import { LIST_MINE_SCHEMA } from '../../../../src/core/contracts/case-inputs'
import { listAgenda } from '../../../../src/core/application/list-cases'
import type { ActionMap } from '../../runtime/action'
import { changeAction } from '../cases/actions'
import { meetingActions } from './meeting-actions'
import { topicActions } from './topic-actions'

export const meetingsActions: ActionMap = {
  recordDecision: changeAction('recordDecision'),
  /** Cases waiting for or decided at a meeting, in the caller's scope. */
  listAgenda: { schema: LIST_MINE_SCHEMA, run: ({ deps, actor }, input) => listAgenda(deps, actor, input) },
  ...meetingActions,
  ...topicActions,
}

// The `cases` function: 说事 (submit), reading, and the 理事 / 办事 / 评事 workflow actions.
import { ACTION_SCHEMAS, GET_SCHEMA, LIST_BOARD_SCHEMA, LIST_MINE_SCHEMA, LIST_QUEUE_SCHEMA, SUBMIT_SCHEMA, type ChangeAction } from '../../../../src/core/contracts/case-inputs'
import { submitCase } from '../../../../src/core/application/submit-case'
import { changeCase } from '../../../../src/core/application/change-case'
import { getCase } from '../../../../src/core/application/get-case'
import { listBoard, listMine, listQueue } from '../../../../src/core/application/list-cases'
import { toCaseView } from '../../../../src/core/application/case-view'
import type { ActionMap, ActionSpec } from '../../runtime/action'

/** A workflow action answered with the caller's view of the updated case. */
export function changeAction(action: ChangeAction): ActionSpec {
  return {
    schema: ACTION_SCHEMAS[action],
    async run({ deps, actor }, input) {
      const result = await changeCase(deps, actor, action, input)
      return result.ok ? { ok: true, value: toCaseView(result.value, actor, deps.clock.now()) } : result
    },
  }
}

const CASE_CHANGES: ChangeAction[] = [
  'triage', 'resolveOnSpot', 'mergeDuplicate', 'refer', 'assign', 'accept', 'progress', 'requestExtension',
  'approveExtension', 'denyExtension', 'returnToStaff', 'complete', 'publish', 'rate', 'recordFollowUp',
]

export const casesActions: ActionMap = {
  submit: {
    schema: SUBMIT_SCHEMA,
    async run({ deps, actor }, input) {
      const result = await submitCase(deps, actor, input)
      return result.ok ? { ok: true, value: toCaseView(result.value, actor, deps.clock.now()) } : result
    },
  },
  get: { schema: GET_SCHEMA, run: ({ deps, actor }, input) => getCase(deps, actor, input.caseId) },
  listMine: { schema: LIST_MINE_SCHEMA, run: ({ deps, actor }, input) => listMine(deps, actor, input) },
  listQueue: { schema: LIST_QUEUE_SCHEMA, run: ({ deps, actor }, input) => listQueue(deps, actor, input) },
  listBoard: { schema: LIST_BOARD_SCHEMA, run: ({ deps, actor }, input) => listBoard(deps, actor, input) },
  ...Object.fromEntries(CASE_CHANGES.map((action) => [action, changeAction(action)])),
}

// The `meetings` function: 议事 — agenda of the roundtable and its decisions.
import { LIST_QUEUE_SCHEMA } from '../../../../src/core/contracts/case-inputs'
import { listQueue } from '../../../../src/core/application/list-cases'
import type { ActionMap } from '../../runtime/action'
import { changeAction } from '../cases/actions'

export const meetingsActions: ActionMap = {
  putOnAgenda: changeAction('putOnAgenda'),
  recordDecision: changeAction('recordDecision'),
  /** Cases waiting for or decided at a meeting, in the caller's scope. */
  listAgenda: {
    schema: { cursor: LIST_QUEUE_SCHEMA.cursor, limit: LIST_QUEUE_SCHEMA.limit },
    async run({ deps, actor }, input) {
      const result = await listQueue(deps, actor, input)
      if (!result.ok) return result
      return { ok: true, value: { ...result.value, items: result.value.items.filter((c) => c.status === 'onAgenda' || c.status === 'deliberated') } }
    },
  },
}

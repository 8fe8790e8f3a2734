// The `supervision` function: 查事 — supervision notes, escalation, closing, and the timer sweep.
import { closeUnratedCases } from '../../../../src/core/application/close-unrated-cases'
import type { ActionMap } from '../../runtime/action'
import { changeAction } from '../cases/actions'

export const supervisionActions: ActionMap = {
  supervise: changeAction('supervise'),
  escalate: changeAction('escalate'),
  close: changeAction('close'),
  /** Timer: close unrated results after 7 days, in batches that fit one run. */
  sweep: {
    schema: {},
    timerOnly: true,
    async run({ deps }) {
      let closed = 0
      for (let batch = 0; batch < 50; batch++) {
        const result = await closeUnratedCases(deps)
        closed += result.closed
        if (!result.more) return { ok: true, value: { closed, more: false } }
      }
      return { ok: true, value: { closed, more: true } }
    },
  },
}

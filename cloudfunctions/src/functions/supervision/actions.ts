// The `supervision` function: 查事 — supervision notes, escalation, closing, the watch list, and the timer sweep.
import { runSweep } from '../../../../src/core/application/reminders/run-sweep'
import { listWatch } from '../../../../src/core/application/list-watch'
import type { ActionMap } from '../../runtime/action'
import { changeAction } from '../cases/actions'
import { statisticsActions } from './statistics-actions'
import { ledgerActions } from './ledger-actions'

/** WeChat stops a function at 60 s: leave room to answer. */
const SWEEP_BUDGET_MS = 45_000

export const supervisionActions: ActionMap = {
  supervise: changeAction('supervise'),
  escalate: changeAction('escalate'),
  close: changeAction('close'),
  /** 督办视图: overdue, due soon, escalated and to-close cases in the caller's scope. */
  listWatch: { schema: {}, run: ({ deps, actor }) => listWatch(deps, actor) },
  /** Timer (every 15 minutes): reminders, overdue marking, escalation, rating reminders, closing unrated results. */
  sweep: {
    schema: {},
    timerOnly: true,
    run: async ({ deps }) => ({ ok: true, value: await runSweep(deps, { budgetMs: SWEEP_BUDGET_MS }) }),
  },
  ...statisticsActions,
  ...ledgerActions,
}

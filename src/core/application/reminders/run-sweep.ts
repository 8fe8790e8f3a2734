// The supervision timer's sweep: every stage over its due cases, page by page, within a time budget.
// Claims make every reminder at-most-once, so a run cut short by the budget simply resumes on the next run.
import type { Deps } from '../../ports'
import type { ReminderStage } from './stage'
import { dueSoonStage, escalateStage, overdueStage } from './deadline-stages'
import { closeUnratedStage, meetingTomorrowStage, rateReminderStage } from './follow-up-stages'

export const SWEEP_STAGES: ReminderStage[] = [overdueStage, escalateStage, dueSoonStage, meetingTomorrowStage, rateReminderStage, closeUnratedStage]

export interface SweepReport {
  /** Reminders sent / changes made per stage. */
  done: Record<string, number>
  /** Case rows read from the database. */
  rowsRead: number
  /** True when the time budget ran out before every stage finished. */
  more: boolean
}

export async function runSweep(deps: Deps, options: { budgetMs?: number; batchSize?: number; elapsed?: () => number } = {}): Promise<SweepReport> {
  const budget = options.budgetMs ?? 45_000
  const started = Date.now()
  const elapsed = options.elapsed ?? (() => Date.now() - started)
  const batchSize = options.batchSize ?? 100
  const now = deps.clock.now()
  const report: SweepReport = { done: {}, rowsRead: 0, more: false }
  for (const stage of SWEEP_STAGES) {
    report.done[stage.name] = 0
    let cursor: string | undefined
    do {
      if (elapsed() > budget) return { ...report, more: true }
      const page = await stage.candidates(deps, now, batchSize, cursor)
      report.rowsRead += page.items.length
      for (const item of page.items) {
        const key = stage.key(item, now)
        if (!key || !(await deps.reminders.claim(item.id, key, now.toISOString()))) continue
        await stage.act(deps, item, now)
        report.done[stage.name]++
      }
      cursor = page.nextCursor
    } while (cursor)
  }
  return report
}

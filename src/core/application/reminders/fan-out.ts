// One claimed (case, stage key) carried to its end: the stage's change, then its notices, planned in the ledger
// before the first is sent and counted out one by one. A run killed half-way leaves the entry unfinished; the next
// run takes it over when its lease has passed and sends only what is left. Each planned notice has an id, so the one
// that was being sent when the run died lands in the inbox once (see the delivering notifier).
import type { Deps } from '../../ports'
import type { CaseRecord } from '../../domain/case'
import type { ReminderEntry } from '../../ports/messages'
import type { ReminderStage } from './stage'

export interface FanOutContext {
  deps: Deps
  now: Date
  /** True when the run must end now: the fan-out pauses between two notices and hands the rest to the next run. */
  mustStop(): boolean
}

export type FanOutOutcome = 'done' | 'paused'

const noticeId = (caseId: string, key: string, index: number) => `reminder_${`${caseId}__${key}`.replace(/[^A-Za-z0-9_-]/g, '_')}_${index}`

/**
 * `item`: the case as the stage's query just read it (a fresh claim); a resumed entry reads it again, and one whose
 * key no longer applies (the deadline moved, the case was finished) ends without a word unless its notices were planned.
 */
export async function fanOut(ctx: FanOutContext, stage: ReminderStage, entry: Pick<ReminderEntry, 'caseId' | 'stage' | 'plan' | 'sent'>, item?: CaseRecord): Promise<FanOutOutcome> {
  const { deps } = ctx
  const { caseId, stage: key } = entry
  let plan = entry.plan
  if (!plan) {
    const current = item ?? (await deps.repos.cases.get(caseId))
    const applies = current !== undefined && (item !== undefined || stage.key(current, ctx.now) === key)
    const subject = applies && stage.change ? await stage.change(deps, current, key) : applies ? current : undefined
    const notices = subject ? await stage.notices(deps, subject, ctx.now) : []
    plan = notices.map((notice, index) => ({ ...notice, id: noticeId(caseId, key, index) }))
    if (plan.length > 0) await deps.reminders.plan(caseId, key, plan)
  }
  for (let sent = entry.sent; sent < plan.length; sent++) {
    if (ctx.mustStop()) {
      await deps.reminders.progress(caseId, key, { sent, done: false, leaseUntil: ctx.now.toISOString() })
      return 'paused'
    }
    await deps.notifier.notify(plan[sent])
    await deps.reminders.progress(caseId, key, { sent: sent + 1, done: sent + 1 === plan.length })
  }
  if (plan.length === 0) await deps.reminders.progress(caseId, key, { sent: 0, done: true })
  return 'done'
}

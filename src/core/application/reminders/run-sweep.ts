// The supervision timer's sweep, built for a database 30 ms away and a function stopped at 60 s:
// 1. it first finishes the fan-outs a killed run left (ledger entries whose lease has passed);
// 2. then every stage continues from its own cursor (kept between runs), in turns, each with a fair share of the
//    time left, so a stage with a long backlog never starves the ones after it;
// 3. the time is checked before each page and each case, keeping a margin (at least twice the slowest case seen);
// 4. the ledger entries of a page are read in one query: cases done for their current key are skipped unclaimed;
// 5. the users by role and the units are read once per run.
import type { Deps } from '../../ports'
import type { CaseRecord } from '../../domain/case'
import { stageOfKey, type ReminderStage } from './stage'
import { fanOut, type FanOutContext } from './fan-out'
import { dueSoonStage, escalateStage, overdueStage } from './deadline-stages'
import { closeUnratedStage, rateReminderStage } from './follow-up-stages'

export const SWEEP_STAGES: ReminderStage[] = [overdueStage, escalateStage, dueSoonStage, rateReminderStage, closeUnratedStage]

export interface SweepReport {
  /** Cases carried through per stage (reminders sent / changes made). */
  done: Record<string, number>
  /** Case rows read from the database. */
  rowsRead: number
  /** True when the time ran out before every stage finished its pass; the next run goes on. */
  more: boolean
  /** Fan-outs left by an earlier run (killed or out of time) and finished by this one. */
  resumed: number
  /** The stages that read candidates in this run, in order. */
  reached: string[]
}

export interface SweepOptions {
  /** The run's time; WeChat stops a function at 60 s. */
  budgetMs?: number
  batchSize?: number
  /** Milliseconds since the run started (tests and the benchmark pass a simulated clock). */
  elapsed?: () => number
  /** Kept free when starting a page or a case; grows to twice the slowest case seen. */
  marginMs?: number
  /** How long a run holds what it claimed; a killed run's entries are taken over after it. */
  leaseMs?: number
}

/** The users by role and the units, read once per run: every case of a community asks for the same few lists. */
function withDirectoryOncePerRun(deps: Deps): Deps {
  const byRole = new Map<string, ReturnType<Deps['repos']['users']['listByRole']>>()
  const units = new Map<string, ReturnType<Deps['repos']['directory']['getUnit']>>()
  const once = <T>(cache: Map<string, T>, key: string, read: () => T): T => {
    if (!cache.has(key)) cache.set(key, read())
    return cache.get(key)!
  }
  const { users, directory } = deps.repos
  return {
    ...deps,
    repos: {
      ...deps.repos,
      users: Object.assign(Object.create(users) as typeof users, { listByRole: (streetId: string, role: Parameters<typeof users.listByRole>[1]) => once(byRole, `${streetId}\u0000${role}`, () => users.listByRole(streetId, role)) }),
      directory: Object.assign(Object.create(directory) as typeof directory, { getUnit: (id: string) => once(units, id, () => directory.getUnit(id)) }),
    },
  }
}

export async function runSweep(sourceDeps: Deps, options: SweepOptions = {}): Promise<SweepReport> {
  const deps = withDirectoryOncePerRun(sourceDeps)
  const budget = options.budgetMs ?? 45_000
  const started = Date.now()
  const elapsed = options.elapsed ?? (() => Date.now() - started)
  const batchSize = options.batchSize ?? 100
  const marginMs = options.marginMs ?? 2_000
  const now = deps.clock.now()
  const nowIso = now.toISOString()
  const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? 120_000)).toISOString()
  const report: SweepReport = { done: Object.fromEntries(SWEEP_STAGES.map((s) => [s.name, 0])), rowsRead: 0, more: false, resumed: 0, reached: [] }

  let slowest = 0
  const timeFor = (end: number) => elapsed() + Math.max(marginMs, 2 * slowest) <= end
  const ctx: FanOutContext = { deps, now, mustStop: () => elapsed() >= budget }
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const from = elapsed()
    const result = await work()
    slowest = Math.max(slowest, elapsed() - from)
    return result
  }
  const outOfTime = () => ({ ...report, more: true })

  // 1. What a killed run left half-done.
  for (const entry of await deps.reminders.listUnfinished(nowIso, batchSize)) {
    if (!timeFor(budget)) return outOfTime()
    const stage = stageOfKey(SWEEP_STAGES, entry.stage)
    if (!(await deps.reminders.lease(entry.caseId, entry.stage, nowIso, leaseUntil))) continue
    if (!stage) {
      await deps.reminders.progress(entry.caseId, entry.stage, { sent: entry.sent, done: true })
      continue
    }
    if ((await timed(() => fanOut(ctx, stage, entry))) === 'paused') return outOfTime()
    report.resumed++
  }

  // 2. Every stage from its cursor, in turns.
  const cursors = await deps.reminders.cursors()
  const saveCursor = async (stage: string, cursor: string | undefined) => {
    if (cursors[stage] === cursor) return
    if (cursor === undefined) delete cursors[stage]
    else cursors[stage] = cursor
    await deps.reminders.saveCursors(cursors)
  }

  /** One stage's turn, until its pass ends or its share of the time is used. */
  async function turn(stage: ReminderStage, sliceEnd: number): Promise<'passDone' | 'sliceUsed' | 'stop'> {
    let cursor: string | undefined = cursors[stage.name]
    let pages = 0
    let handled = 0
    for (;;) {
      if (!timeFor(budget)) return (await saveCursor(stage.name, cursor), 'stop')
      if (pages > 0 && !timeFor(sliceEnd)) return (await saveCursor(stage.name, cursor), 'sliceUsed')
      const page = await stage.candidates(deps, now, batchSize, cursor)
      if (pages++ === 0 && !report.reached.includes(stage.name)) report.reached.push(stage.name)
      report.rowsRead += page.items.length
      const due = page.items.flatMap((item) => {
        const key = stage.key(item, now)
        return key ? [{ item, key }] : []
      })
      const entries = await deps.reminders.find(due.map(({ item, key }) => ({ caseId: item.id, stage: key })))
      const known = new Set(entries.map((e) => `${e.caseId}\u0000${e.stage}`))
      for (const { item, key } of due) {
        // Claimed before: done, in another run's hands, or left unfinished (step 1 of a later run finishes it).
        if (known.has(`${item.id}\u0000${key}`)) continue
        // Out of time mid-page: the page is read again next time (what was done here is then skipped).
        if (!timeFor(budget)) return (await saveCursor(stage.name, cursor), 'stop')
        if (handled > 0 && !timeFor(sliceEnd)) return (await saveCursor(stage.name, cursor), 'sliceUsed')
        if (!(await deps.reminders.claim(item.id, key, nowIso, leaseUntil))) continue
        const outcome = await timed(() => fanOut(ctx, stage, { caseId: item.id, stage: key, sent: 0 }, item as CaseRecord))
        handled++
        report.done[stage.name]++
        if (outcome === 'paused') return (await saveCursor(stage.name, cursor), 'stop')
      }
      cursor = page.nextCursor
      if (!cursor) return (await saveCursor(stage.name, undefined), 'passDone')
    }
  }

  let waiting = [...SWEEP_STAGES]
  while (waiting.length > 0) {
    const unfinished: ReminderStage[] = []
    for (let i = 0; i < waiting.length; i++) {
      const sliceEnd = elapsed() + (budget - elapsed()) / (waiting.length - i)
      const outcome = await turn(waiting[i], sliceEnd)
      if (outcome === 'stop') return outOfTime()
      if (outcome === 'sliceUsed') unfinished.push(waiting[i])
    }
    waiting = unfinished
  }
  return report
}

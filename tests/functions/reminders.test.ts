// The supervision timer walked with a fixed clock across a deadline, a weekend and two holidays (中秋, 国庆 2026):
// each reminder stage fires once, at the right moment, even when two sweeps overlap, when a run is killed half-way
// through a case's notices, and when 1,000 chronically overdue cases sit on a cloud database 30 ms away.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { createCloudRuntime, insertOverdueBacklog, sweepCase, type CloudRuntime } from '../support/cloud-runtime'
import { runSweep, SWEEP_STAGES, type SweepReport } from '../../src/core/application/reminders/run-sweep'
import type { Notifier } from '../../src/core/ports/notifier'
import type { CaseView, CaseDetail } from '../../src/core/contracts/views'

const beijing = (at: string) => new Date(at + '+08:00')
let h: Harness
beforeEach(async () => { h = await createHarness(beijing('2026-09-23T10:00:00').toISOString()) }) // Wednesday
afterEach(() => h.close())

async function sweep(at: string) {
  h.clock.set(beijing(at))
  const answer = await h.timer('supervision', 'sweep')
  if (!answer.ok) throw new Error(answer.message)
  return answer.data as { done: Record<string, number>; rowsRead: number; more: boolean }
}
const kinds = (userId: string) => h.notices(userId).map((n) => n.kind)

async function assignedCase(workingDays: number): Promise<CaseView> {
  let c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '小区门口垃圾堆了好几天', channel: 'self', idempotencyKey: key() }))
  c = data<CaseView>(await h.call('persona-staff', 'cases', 'triage', { caseId: c.id, version: c.version, category: 'sanitation', urgency: 'normal' }))
  return data<CaseView>(await h.call('persona-staff', 'cases', 'assign', { caseId: c.id, version: c.version, unitId: 'unit-sanitation', level: 'community', workingDays }))
}

it('reminds, marks overdue and escalates on working time only', async () => {
  const c = await assignedCase(2)
  // Thu 24 + (25–27 中秋 off) + Mon 28: due Monday 28 Sep, end of day.
  expect(c.dueAt).toBe(beijing('2026-09-28T23:59:59.999').toISOString())

  expect((await sweep('2026-09-24T12:00:00')).done).toMatchObject({ dueSoon: 0, overdue: 0 }) // 36 working hours left
  expect((await sweep('2026-09-25T10:00:00')).done).toMatchObject({ dueSoon: 1 }) // only Monday's 24 hours left
  expect((await sweep('2026-09-26T10:00:00')).done).toMatchObject({ dueSoon: 0 })
  expect(kinds('user-handler-sun')).toEqual(['newAssignment', 'dueSoon'])

  expect((await sweep('2026-09-28T23:50:00')).done).toMatchObject({ overdue: 0 })
  expect((await sweep('2026-09-29T00:05:00')).done).toMatchObject({ overdue: 1, escalate: 0 })
  expect(kinds('user-handler-sun').at(-1)).toBe('overdue')
  expect(kinds('user-staff-chen')).toContain('overdueStaff')
  expect(kinds('user-supervisor-zhou')).toEqual(['overdueSupervision'])

  // 3 working days after Mon 28: Tue 29, Wed 30, then 国庆 1–7 Oct off, Thu 8 Oct.
  expect((await sweep('2026-09-30T18:00:00')).done).toMatchObject({ overdue: 0, escalate: 0 })
  expect((await sweep('2026-10-07T18:00:00')).done).toMatchObject({ escalate: 0 })
  expect((await sweep('2026-10-08T09:00:00')).done).toMatchObject({ escalate: 1 })
  expect((await sweep('2026-10-08T09:15:00')).done).toMatchObject({ escalate: 0, overdue: 0 })

  const detail = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id }))
  expect(detail.case).toMatchObject({ level: 'street', escalations: 1, overdue: true })
  expect(detail.timeline.map((e) => e.action).slice(-2)).toEqual(['markOverdue', 'escalate'])
  expect(detail.timeline.at(-1)).toMatchObject({ actorRole: 'system', note: '超期3个工作日未办结，提级督办' })
})

it('sends each reminder once when two sweeps overlap', async () => {
  await assignedCase(2)
  await assignedCase(2)
  h.clock.set(beijing('2026-09-25T10:00:00'))
  const runs = await Promise.all([h.timer('supervision', 'sweep'), h.timer('supervision', 'sweep'), h.timer('supervision', 'sweep')])
  const sent = runs.map((r) => (r.ok ? (r.data as { done: Record<string, number> }).done.dueSoon : -1))
  expect(sent.reduce((a, b) => a + b, 0)).toBe(2)
  expect(kinds('user-handler-sun').filter((k) => k === 'dueSoon')).toHaveLength(2)
})

it('reminds again for a new deadline after an approved extension', async () => {
  let c = await assignedCase(2)
  await sweep('2026-09-25T10:00:00')
  c = data<CaseView>(await h.call('persona-handler', 'cases', 'accept', { caseId: c.id, version: c.version }))
  c = data<CaseView>(await h.call('persona-handler', 'cases', 'requestExtension', { caseId: c.id, version: c.version, days: 1, note: '等配件' }))
  c = data<CaseView>(await h.call('persona-staff', 'cases', 'approveExtension', { caseId: c.id, version: c.version }))
  expect(c.dueAt).toBe(beijing('2026-09-29T23:59:59.999').toISOString())
  expect((await sweep('2026-09-29T08:00:00')).done).toMatchObject({ dueSoon: 1, overdue: 0 })
})

it('reminds the people of a meeting the day before, once, from the meetings timer (no longer the case sweep)', async () => {
  let c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '楼道堆放杂物，协商清理', channel: 'self', idempotencyKey: key() }))
  c = data<CaseView>(await h.call('persona-staff', 'cases', 'triage', { caseId: c.id, version: c.version, category: 'dispute', urgency: 'normal' }))
  c = data<CaseView>(await h.call('persona-staff', 'meetings', 'putOnAgenda', { caseId: c.id, version: c.version, meetingDate: '2026-10-15', place: '居民说事厅' }))
  const meetingsTimer = async (at: string) => {
    h.clock.set(beijing(at))
    return data<{ reminded: number }>(await h.timer('meetings', 'sweepMeetings') as never).reminded
  }
  expect(await meetingsTimer('2026-10-13T20:00:00')).toBe(0)
  // The 议事会 and that day's 逢五说事 (the 15th), which the same timer planned.
  expect(await meetingsTimer('2026-10-14T08:00:00')).toBe(2)
  expect(await meetingsTimer('2026-10-14T20:00:00')).toBe(0)
  expect(h.notices('user-wang').filter((n) => n.kind === 'meetingTomorrow')).toEqual([expect.objectContaining({ title: '明天议事：居民说事厅' })])
  expect(h.notices('user-staff-chen').at(-1)).toMatchObject({ kind: 'meetingTomorrow' })
  expect((await sweep('2026-10-14T20:30:00')).done).not.toHaveProperty('meetingTomorrow')
})

it('publishes, reminds to rate after 3 days and closes unrated after 7', async () => {
  let c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '楼下路灯不亮', channel: 'self', idempotencyKey: key() }))
  c = data<CaseView>(await h.call('persona-grid', 'cases', 'resolveOnSpot', { caseId: c.id, version: c.version, result: '已报修更换' }))
  c = data<CaseView>(await h.call('persona-staff', 'cases', 'publish', { caseId: c.id, version: c.version, publishedResult: '路灯已更换' }))
  expect((await sweep('2026-09-26T09:00:00')).done).toMatchObject({ rateReminder: 0 })
  expect((await sweep('2026-09-26T10:30:00')).done).toMatchObject({ rateReminder: 1 })
  expect((await sweep('2026-09-27T10:30:00')).done).toMatchObject({ rateReminder: 0 })
  expect(kinds('user-wang').at(-1)).toBe('rateReminder')
  expect((await sweep('2026-09-30T10:30:00')).done).toMatchObject({ closeUnrated: 1 })
  const detail = data<CaseDetail>(await h.call('persona-resident', 'cases', 'get', { caseId: c.id }))
  expect(detail.case).toMatchObject({ status: 'closed', closure: 'unrated' })
})

it('reads only due rows, not every case', async () => {
  for (let i = 0; i < 30; i++) await assignedCase(20)
  await assignedCase(2)
  const report = await sweep('2026-09-25T10:00:00')
  expect(report.done.dueSoon).toBe(1)
  expect(report.rowsRead).toBe(1) // the one case due within 24 working hours; the 30 others are never read
})

describe('a run killed half-way through a case', () => {
  const OVERDUE_KINDS = ['overdue', 'overdueStaff', 'overdueSupervision']
  /** The notices the case's overdue fan-out planned, and those in the inbox: (user, kind) → how many. */
  function delivered(caseId: string) {
    const row = h.runtime.db.prepare("SELECT plan, sent, done FROM reminder_ledger WHERE case_id = ? AND stage LIKE 'overdue@%'").get(caseId) as { plan: string; sent: number; done: number }
    const plan = (JSON.parse(row.plan) as { userId: string; kind: string }[]).map((n) => `${n.userId} ${n.kind}`).sort()
    const inbox = (h.runtime.db.prepare(`SELECT user_id, kind FROM inbox WHERE case_id = ? AND kind IN (${OVERDUE_KINDS.map(() => '?').join(',')})`).all(caseId, ...OVERDUE_KINDS) as { user_id: string; kind: string }[])
      .map((n) => `${n.user_id} ${n.kind}`).sort()
    const pushed = h.outbox().filter((m) => (m as { page: string }).page.endsWith(caseId) && /overdue/i.test((m as { templateId: string }).templateId)).length
    return { plan, inbox, pushed, sent: row.sent, done: row.done === 1 }
  }
  /** The runtime's notifier, dying after `sends` notices: before delivering the next, or (`afterDelivering`) right after it. */
  function dying(real: Notifier, sends: number, afterDelivering = false): Notifier {
    let count = 0
    return {
      async notify(notice) {
        if (count++ < sends) return real.notify(notice)
        if (afterDelivering) await real.notify(notice)
        throw new Error('the function was stopped at its timeout')
      },
    }
  }

  it.each([
    ['before delivering the third notice', false],
    ['right after delivering the third notice, before the ledger counted it', true],
  ])('is finished by the next run when killed %s: no notice lost, none twice', async (_when, afterDelivering) => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined) // the dispatcher logs the kill
    const c = await assignedCase(2)
    const real = h.runtime.deps.notifier
    h.runtime.deps.notifier = dying(real, 2, afterDelivering)
    h.clock.set(beijing('2026-09-29T00:05:00'))
    expect(await h.timer('supervision', 'sweep')).toMatchObject({ ok: false, code: 'INTERNAL' })
    const killed = delivered(c.id)
    expect(killed.plan.length).toBeGreaterThanOrEqual(4) // the handler, the staff, the supervision group
    expect(killed).toMatchObject({ sent: 2, done: false })
    expect(killed.inbox).toHaveLength(afterDelivering ? 3 : 2)

    h.runtime.deps.notifier = real
    // The killed run's claim is held until its lease ends: a run at once leaves it alone.
    expect((await sweep('2026-09-29T00:06:00'))).toMatchObject({ resumed: 0, done: { overdue: 0 } })
    expect((await sweep('2026-09-29T00:20:00'))).toMatchObject({ resumed: 1, done: { overdue: 0 } })
    const finished = delivered(c.id)
    expect(finished).toMatchObject({ sent: killed.plan.length, done: true })
    expect(finished.inbox).toEqual(finished.plan)
    expect(finished.pushed).toBe(finished.plan.filter((n) => /user-(handler-sun|staff-chen|supervisor-zhou) /.test(n)).length)
    expect((await sweep('2026-09-29T00:35:00'))).toMatchObject({ resumed: 0, done: { overdue: 0 } })
    expect(delivered(c.id).inbox).toEqual(finished.plan)
    const timeline = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id })).timeline
    expect(timeline.filter((e) => e.action === 'markOverdue')).toHaveLength(1)
  })

  it('pauses between two notices when the time runs out, and the next run sends the rest', async () => {
    const c = await assignedCase(2)
    let spent = 0
    const real = h.runtime.deps.notifier
    h.runtime.deps.notifier = { notify: async (notice) => { spent += 40_000; return real.notify(notice) } }
    h.clock.set(beijing('2026-09-29T00:05:00'))
    const first = await runSweep(h.runtime.deps, { budgetMs: 45_000, marginMs: 0, elapsed: () => spent })
    expect(first).toMatchObject({ more: true, done: { overdue: 1 } })
    expect(delivered(c.id)).toMatchObject({ sent: 2, done: false })
    spent = 0
    h.runtime.deps.notifier = real
    // Paused, not killed: its lease was handed back, so the very next run goes on.
    const second = await runSweep(h.runtime.deps, { budgetMs: 45_000 })
    expect(second).toMatchObject({ more: false, resumed: 1 })
    const finished = delivered(c.id)
    expect(finished.done).toBe(true)
    expect(finished.inbox).toEqual(finished.plan)
  })

  it('stops before a case it has no time for, and the next run takes it', async () => {
    await assignedCase(2)
    await assignedCase(2)
    h.clock.set(beijing('2026-09-29T00:05:00'))
    let spent = 0
    const real = h.runtime.deps.notifier
    h.runtime.deps.notifier = { notify: async (notice) => { spent += 4_000; return real.notify(notice) } }
    const first = await runSweep(h.runtime.deps, { budgetMs: 45_000, marginMs: 5_000, elapsed: () => spent })
    // The first case took about 20 s; twice that no longer fits before the budget's end.
    expect(first).toMatchObject({ more: true, done: { overdue: 1 } })
    h.runtime.deps.notifier = real
    expect(await runSweep(h.runtime.deps)).toMatchObject({ more: false, resumed: 0, done: { overdue: 1 } })
    expect(await runSweep(h.runtime.deps)).toMatchObject({ more: false, done: { overdue: 0, escalate: 0 } })
  })
})

describe('1,000 chronically overdue cases on the cloud database, 30 ms a round trip', () => {
  const NOW = beijing('2026-11-30T10:00:00') // Monday
  const BUDGET = 45_000
  let cloud: CloudRuntime

  beforeEach(async () => {
    cloud = await createCloudRuntime({ now: NOW, latencyMs: 30 })
    await insertOverdueBacklog(cloud, 1000)
    // And one case due within 24 working hours.
    await cloud.insertCase(sweepCase(2000, { status: 'inProgress', unitId: 'unit-sanitation', level: 'community', dueAt: beijing('2026-11-30T23:59:59.999').toISOString() }))
  })

  async function run(): Promise<SweepReport> {
    const from = cloud.db.simulatedMs
    const report = await runSweep(cloud.deps, { budgetMs: BUDGET, elapsed: () => cloud.db.simulatedMs - from })
    cloud.clock.set(new Date(cloud.clock.now().getTime() + 15 * 60_000))
    return report
  }

  it('moves every stage forward in every run, within the budget, and never claims a case twice', async () => {
    const reports: SweepReport[] = []
    for (let i = 0; i < 3; i++) {
      const from = cloud.db.simulatedMs
      reports.push(await run())
      expect(cloud.db.simulatedMs - from).toBeLessThanOrEqual(BUDGET + 2_000) // what was started before the budget's end
    }
    if (process.env.SHOW_SWEEP) console.log(JSON.stringify(reports))
    for (const report of reports) {
      expect(report.more).toBe(true)
      expect(report.reached).toEqual(SWEEP_STAGES.map((s) => s.name))
      expect(report.done.overdue).toBeGreaterThan(0)
      expect(report.done.escalate).toBeGreaterThan(0)
    }
    // The later stages had their turn in the first run, although 2,000 fan-outs wait before them.
    expect(reports[0].done).toMatchObject({ dueSoon: 1, rateReminder: 1, closeUnrated: 1 })
    const entries = cloud.db.dump('reminder_ledger').filter((d) => d.caseId)
    expect(new Set(entries.map((d) => d._id)).size).toBe(entries.length)
    const overdueDone = reports.reduce((n, r) => n + r.done.overdue, 0)
    expect(entries.filter((d) => String(d.stage).startsWith('overdue@') && d.done === true)).toHaveLength(overdueDone)
    // One 已超期 per handled case for the handler, never a second.
    const handlerNotices = cloud.db.dump('inbox').filter((d) => d.userId === 'user-handler-sun' && d.kind === 'overdue')
    expect(handlerNotices).toHaveLength(overdueDone + 0)
    expect(new Set(handlerNotices.map((d) => d.caseId)).size).toBe(handlerNotices.length)
  })

  it('reads a page of cases done for their deadline without claiming them again', async () => {
    // As if every earlier run had handled them: each case's overdue and escalate entries are done.
    for (let i = 0; i < 1000; i++) {
      const item = await cloud.deps.repos.cases.get(sweepCase(i, {}).id)
      for (const stage of ['overdue', 'escalate']) {
        await cloud.deps.reminders.claim(item!.id, `${stage}@${item!.dueAt}`, NOW.toISOString())
        await cloud.deps.reminders.progress(item!.id, `${stage}@${item!.dueAt}`, { sent: 0, done: true })
      }
    }
    const from = cloud.db.calls
    const reads = cloud.db.getLog.length
    const report = await run()
    expect(report).toMatchObject({ more: false, done: { overdue: 0, escalate: 0, dueSoon: 1, rateReminder: 1, closeUnrated: 1 } })
    const ledgerReads = cloud.db.getLog.slice(reads).filter((g) => g.collection === 'reminder_ledger')
    if (process.env.SHOW_SWEEP) console.log(ledgerReads.length, cloud.db.calls - from, report)
    expect(ledgerReads.length).toBeLessThan(40) // one per page of candidates (11 pages × 2 stages + the rest), not one per case
    expect(cloud.db.calls - from).toBeLessThan(400)
  })
})

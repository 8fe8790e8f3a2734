// The supervision timer walked with a fixed clock across a deadline, a weekend and two holidays (中秋, 国庆 2026):
// each reminder stage fires once, at the right moment, even when two sweeps overlap.
import { createHarness, data, key, type Harness } from '../support/local-harness'
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

it('reminds meeting participants the day before, and the petitioner to rate after 3 days', async () => {
  let c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '楼道堆放杂物，协商清理', channel: 'self', idempotencyKey: key() }))
  c = data<CaseView>(await h.call('persona-staff', 'cases', 'triage', { caseId: c.id, version: c.version, category: 'dispute', urgency: 'normal' }))
  c = data<CaseView>(await h.call('persona-staff', 'meetings', 'putOnAgenda', { caseId: c.id, version: c.version, meetingDate: '2026-10-15', place: '居民说事厅' }))
  expect((await sweep('2026-10-13T20:00:00')).done).toMatchObject({ meetingTomorrow: 0 })
  expect((await sweep('2026-10-14T08:00:00')).done).toMatchObject({ meetingTomorrow: 1 })
  expect((await sweep('2026-10-14T20:00:00')).done).toMatchObject({ meetingTomorrow: 0 })
  expect(h.notices('user-wang').at(-1)).toMatchObject({ kind: 'meetingTomorrow', title: '明天议事：居民说事厅' })
  expect(h.notices('user-staff-chen').at(-1)).toMatchObject({ kind: 'meetingTomorrow' })

  h.clock.set(beijing('2026-10-15T16:00:00'))
  c = data<CaseView>(await h.call('persona-staff', 'meetings', 'recordDecision', { caseId: c.id, version: c.version, decision: '双方同意本周内清理' }))
  expect((await sweep('2026-10-15T16:15:00')).done).toMatchObject({ meetingTomorrow: 0 })
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

// 督办视图 (supervision.listWatch): overdue (oldest deadline first), due within 2 working days, escalated, to close.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { DEMO_COMMUNITY, act } from '../support/case-steps'
import type { CaseView } from '../../src/core/contracts/views'
import type { WatchList } from '../../src/core/application/list-watch'
import type { Community } from '../../src/core/domain/directory'

const beijing = (at: string) => new Date(at + '+08:00').toISOString()
let h: Harness
beforeEach(async () => { h = await createHarness(beijing('2026-11-30T10:00:00')) }) // Monday
afterEach(() => h.close())

type Watch = WatchList

async function assigned(workingDays: number, text = '航空路小区1栋楼道垃圾三天没人清理') {
  let c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, text, channel: 'self', idempotencyKey: key() }))
  c = await act(h, 'persona-staff', 'triage', c, { category: 'sanitation', urgency: 'normal' })
  return act(h, 'persona-staff', 'assign', c, { unitId: 'unit-sanitation', level: 'community', workingDays })
}
const ids = (watch: Watch) => ({ overdue: watch.overdue.map((c) => c.id), dueSoon: watch.dueSoon.map((c) => c.id), escalated: watch.escalated.map((c) => c.id), toClose: watch.toClose.map((c) => c.id) })

it('sorts the community’s cases into what the supervision group watches', async () => {
  const lateEscalated = await act(h, 'persona-staff', 'escalate', await assigned(1)) // due Tue 1 Dec
  const later = await assigned(2) // due Wed 2 Dec
  const soon = await assigned(4) // due Fri 4 Dec
  const far = await assigned(10) // due Mon 14 Dec
  const escalated = await act(h, 'persona-staff', 'escalate', await assigned(20))
  let rated = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, text: '2栋门口的灯不亮了', channel: 'self', idempotencyKey: key() }))
  rated = await act(h, 'persona-grid', 'resolveOnSpot', rated, { result: '已换灯泡' })
  rated = await act(h, 'persona-staff', 'publish', rated, { publishedResult: '已换灯泡' })
  rated = await act(h, 'persona-resident', 'rate', rated, { rating: 'satisfied' })

  h.clock.set(beijing('2026-12-03T10:00:00')) // Thursday: Tue and Wed deadlines have passed; Fri is within 2 working days
  const watch = data<Watch>(await h.call('persona-supervisor', 'supervision', 'listWatch', {}))
  expect(ids(watch)).toEqual({ overdue: [lateEscalated.id, later.id], dueSoon: [soon.id], escalated: [escalated.id], toClose: [rated.id] })
  expect(watch.overdue[0]).toMatchObject({ overdue: true, unitName: '胜利街道环卫所', statusLabel: '已交办' })
  expect(watch.overdue[0].petitionerName).toBe('王**') // the supervision group sees masked personal data
  expect(ids(data<Watch>(await h.call('persona-staff', 'supervision', 'listWatch', {})))).toEqual(ids(watch))
  expect(ids(data<Watch>(await h.call('persona-admin', 'supervision', 'listWatch', {})))).toEqual(ids(watch))
  expect([far.id, rated.id].every((id) => !watch.overdue.concat(watch.dueSoon, watch.escalated).some((c) => c.id === id))).toBe(true)
})

it('counts working days for 即将到期: a weekend in between does not count', async () => {
  h.clock.set(beijing('2026-12-03T10:00:00')) // Thursday
  const monday = await assigned(2) // Fri 4, Mon 7 → due Monday 7 Dec
  const tuesday = await assigned(3) // due Tuesday 8 Dec
  const watch = data<Watch>(await h.call('persona-supervisor', 'supervision', 'listWatch', {}))
  expect(ids(watch).dueSoon).toEqual([monday.id])
  expect(ids(watch).dueSoon).not.toContain(tuesday.id)
})

it('is for the supervision group, staff and admins, each in their own scope', async () => {
  await assigned(1)
  h.clock.set(beijing('2026-12-03T10:00:00'))
  for (const as of ['persona-resident', 'persona-grid', 'persona-handler']) {
    expect([as, await h.call(as, 'supervision', 'listWatch', {})]).toEqual([as, expect.objectContaining({ ok: false, code: 'FORBIDDEN' })])
  }
  const repos = h.runtime.deps.repos
  const other: Community = { id: 'community-other', streetId: 'street-shengli', name: '红门路社区', hotline: '1', hall: '1', receptionDays: '1' }
  await repos.directory.upsert('community', other)
  await repos.users.upsert({ id: 'user-supervisor-other', openid: 'persona-supervisor-other', name: '郑督办', role: 'supervisor', streetId: 'street-shengli', communityId: 'community-other' })
  expect(data<Watch>(await h.call('persona-supervisor-other', 'supervision', 'listWatch', {}))).toEqual({ overdue: [], dueSoon: [], escalated: [], toClose: [] })
})

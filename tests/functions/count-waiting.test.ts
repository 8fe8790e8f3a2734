// 待办数 (cases.countWaiting): what waits for each role, counted through indexed lists of at most 100.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { DEMO_COMMUNITY, act, residentReports } from '../support/case-steps'
import type { CaseView } from '../../src/core/contracts/views'

let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())

const submit = (text = '航空路小区1栋楼道垃圾三天没人清理') => residentReports(h, text)
const waiting = async (as: string) => data<{ count: number; more: boolean }>(await h.call(as, 'cases', 'countWaiting', {}))

it('counts the 理事 queue for staff and admins, the unit’s cases for its handlers', async () => {
  const a = await submit()
  await submit('2栋门口的灯不亮了')
  expect(await waiting('persona-staff')).toEqual({ count: 2, more: false })
  expect(await waiting('persona-admin')).toEqual({ count: 2, more: false })
  expect(await waiting('persona-handler')).toEqual({ count: 0, more: false })

  let c = await act(h, 'persona-staff', 'triage', a, { category: 'sanitation', urgency: 'normal' })
  expect((await waiting('persona-staff')).count).toBe(2) // triaged still waits for staff
  c = await act(h, 'persona-staff', 'assign', c, { unitId: 'unit-sanitation', level: 'community', workingDays: 3 })
  expect((await waiting('persona-staff')).count).toBe(1)
  expect((await waiting('persona-handler')).count).toBe(1)
  c = await act(h, 'persona-handler', 'accept', c)
  expect((await waiting('persona-handler')).count).toBe(1)
  c = await act(h, 'persona-handler', 'complete', c, { result: '已清运' })
  expect((await waiting('persona-handler')).count).toBe(0)
  expect((await waiting('persona-staff')).count).toBe(2) // completed: to publish
})

it('counts new reports of a grid worker’s grids and the results they owe a 回访', async () => {
  await submit() // grid-1, the grid worker's
  expect((await waiting('persona-grid')).count).toBe(1)
  // Typed in for someone without the app in grid-2 (not the worker's grid): still theirs to follow up once published.
  let typed = data<CaseView>(await h.call('persona-grid', 'cases', 'submit', { communityId: DEMO_COMMUNITY, channel: 'doorToDoor', text: '红星路8号3栋楼顶漏水', petitioner: { name: '刘大妈' }, gridId: 'grid-2', idempotencyKey: key() }))
  expect((await waiting('persona-grid')).count).toBe(1)
  typed = await act(h, 'persona-staff', 'resolveOnSpot', typed, { result: '已联系物业修补' })
  typed = await act(h, 'persona-staff', 'publish', typed, { publishedResult: '楼顶已修补' })
  expect((await waiting('persona-grid')).count).toBe(2)
  // Outside their grids the grid worker may not record the 回访 itself (scope as usual); staff may. Once rated it no longer waits.
  expect(await h.call('persona-grid', 'cases', 'recordFollowUp', { caseId: typed.id, version: typed.version, rating: 'satisfied', method: 'visit' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  await act(h, 'persona-staff', 'recordFollowUp', typed, { rating: 'satisfied', method: 'phone' })
  expect((await waiting('persona-grid')).count).toBe(1)

  // A published result the petitioner rates in the app owes no 回访.
  let own = await submit('2栋门口的灯不亮了')
  own = await act(h, 'persona-grid', 'resolveOnSpot', own, { result: '已换灯泡' })
  await act(h, 'persona-staff', 'publish', own, { publishedResult: '已换灯泡' })
  expect((await waiting('persona-grid')).count).toBe(1)
})

it('counts rated cases to close and overdue ones for the supervision group', async () => {
  let rated = await submit('2栋门口的灯不亮了')
  rated = await act(h, 'persona-grid', 'resolveOnSpot', rated, { result: '已换灯泡' })
  rated = await act(h, 'persona-staff', 'publish', rated, { publishedResult: '已换灯泡' })
  rated = await act(h, 'persona-resident', 'rate', rated, { rating: 'satisfied' })
  let late = await submit()
  late = await act(h, 'persona-staff', 'triage', late, { category: 'sanitation', urgency: 'normal' })
  late = await act(h, 'persona-staff', 'assign', late, { unitId: 'unit-sanitation', level: 'community', workingDays: 1 })
  expect(await waiting('persona-supervisor')).toEqual({ count: 1, more: false })
  h.clock.advanceDays(3) // Thursday: past Tuesday's deadline
  expect(await waiting('persona-supervisor')).toEqual({ count: 2, more: false })
  await act(h, 'persona-supervisor', 'close', rated)
  expect((await waiting('persona-supervisor')).count).toBe(1)
})

it('stops at 100 and says there are more', async () => {
  for (let i = 0; i < 101; i++) await submit(`第${i + 1}件事：楼道里的灯坏了`)
  expect(await waiting('persona-staff')).toEqual({ count: 100, more: true })
})

it('refuses residents', async () => {
  expect(await h.call('persona-resident', 'cases', 'countWaiting', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
})

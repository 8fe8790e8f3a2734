// 议事会: the petitioner hears the meeting's date and place; the agenda lists every case on it, by meeting date.
import { createHarness, data, type Harness } from '../support/local-harness'
import { act, residentReports } from '../support/case-steps'
import type { CaseList } from '../../src/core/contracts/views'
import { meetingDayLabel } from '../../src/core/domain/meeting'

let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())

const submit = (text: string) => residentReports(h, text)
async function onAgenda(text: string, meetingDate: string, place = '居民说事厅') {
  const c = await act(h, 'persona-staff', 'triage', await submit(text), { category: 'dispute', urgency: 'normal' })
  return act(h, 'persona-staff', 'putOnAgenda', c, { meetingDate, place })
}

it('tells the petitioner the meeting’s date and place, and puts the date in the template', async () => {
  const c = await onAgenda('楼道堆放杂物，协商清理', '2026-12-15', '航空路社区说事厅')
  expect(h.notices('user-wang').at(-1)).toEqual({
    kind: 'onAgenda', title: '您说的事已列入议事会', body: `${c.caseNo}：楼道堆放杂物，协商清理。议事会：12月15日，航空路社区说事厅`,
  })
  const pushed = h.outbox().filter((m) => m.templateId === 'local-onAgenda')
  expect(pushed).toHaveLength(1)
  expect(pushed[0].data).toMatchObject({ time2: { value: expect.stringMatching(/^2026-12-15 /) }, thing3: { value: '航空路社区说事厅' } })
})

it('reads meeting dates the way residents say them', () => {
  expect(meetingDayLabel('2026-12-05')).toBe('12月5日')
  expect(meetingDayLabel('2027-01-15')).toBe('1月15日')
})

it('lists every case on the agenda on the first page, even among many newer cases, by meeting date', async () => {
  const late = await onAgenda('广场舞噪音扰民', '2026-12-25')
  const early = await onAgenda('楼道堆放杂物', '2026-12-05')
  let decided = await onAgenda('小区停车位分配', '2026-12-15')
  decided = await act(h, 'persona-staff', 'recordDecision', decided, { decision: '按楼栋轮换' })
  for (let i = 0; i < 22; i++) await submit(`第${i + 1}件事：路灯坏了`)

  for (const as of ['persona-staff', 'persona-supervisor', 'persona-admin', 'persona-grid']) {
    const page = data<CaseList>(await h.call(as, 'meetings', 'listAgenda', {}))
    expect([as, page.items.map((c) => c.id)]).toEqual([as, [early.id, decided.id, late.id]])
    expect(page.nextCursor).toBeUndefined()
  }
  const first = data<CaseList>(await h.call('persona-staff', 'meetings', 'listAgenda', { limit: 2 }))
  expect(first.items).toHaveLength(2)
  const rest = data<CaseList>(await h.call('persona-staff', 'meetings', 'listAgenda', { limit: 2, cursor: first.nextCursor }))
  expect([...first.items, ...rest.items].map((c) => c.id).sort()).toEqual([early.id, decided.id, late.id].sort())
  expect(await h.call('persona-resident', 'meetings', 'listAgenda', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
})

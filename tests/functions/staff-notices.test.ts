// Staff hear of extension requests, returns and completions; whoever owes a petitioner without the app a 回访 hears
// when its result is published.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { DEMO_COMMUNITY, act } from '../support/case-steps'
import type { CaseView } from '../../src/core/contracts/views'

const STAFF = ['user-staff-chen', 'user-staff-li']
let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())

async function inProgress(): Promise<CaseView> {
  let c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, text: '航空路小区1栋楼道垃圾三天没人清理', channel: 'self', idempotencyKey: key() }))
  c = await act(h, 'persona-staff', 'triage', c, { category: 'sanitation', urgency: 'normal' })
  c = await act(h, 'persona-staff', 'assign', c, { unitId: 'unit-sanitation', level: 'community', workingDays: 3 })
  return act(h, 'persona-handler', 'accept', c)
}
const lastOf = (userId: string) => h.notices(userId).at(-1)

it('tells every staff member of the community when the unit asks for more time', async () => {
  const c = await inProgress()
  await act(h, 'persona-handler', 'requestExtension', c, { days: 2, note: '需要采购垃圾桶' })
  for (const userId of STAFF) {
    expect(lastOf(userId)).toEqual({ kind: 'extensionRequested', title: '承办单位申请延期', body: `${c.caseNo}：航空路小区1栋楼道垃圾三天没人清理。申请延期2个工作日：需要采购垃圾桶` })
  }
  expect(h.outbox().filter((m) => m.templateId === 'local-extensionRequested').map((m) => m.touser)).toEqual(['persona-staff'])
})

it('tells staff which unit returned a case and why', async () => {
  const c = await inProgress()
  await act(h, 'persona-handler', 'returnToStaff', c, { note: '属于物业职责' })
  for (const userId of STAFF) {
    expect(lastOf(userId)).toMatchObject({ kind: 'returned', title: '承办单位退回事项', body: expect.stringContaining('。胜利街道环卫所退回，原因：属于物业职责') })
  }
  const pushed = h.outbox().find((m) => m.templateId === 'local-returned')!
  expect(pushed.data).toMatchObject({ thing3: { value: '胜利街道环卫所' }, thing4: { value: '属于物业职责' } })
})

it('tells staff that a completed case waits to be published, with the result', async () => {
  const c = await inProgress()
  await act(h, 'persona-handler', 'complete', c, { result: '垃圾已清运' })
  for (const userId of STAFF) {
    expect(lastOf(userId)).toMatchObject({ kind: 'completedForReview', title: '事项已办结，请公示', body: expect.stringContaining('。办理结果：垃圾已清运') })
  }
  expect(h.notices('user-handler-sun').map((n) => n.kind)).toEqual(['newAssignment'])
})

it('asks the grid worker who typed a door-to-door case in to follow up once it is published', async () => {
  let c = data<CaseView>(await h.call('persona-grid', 'cases', 'submit', {
    communityId: DEMO_COMMUNITY, channel: 'doorToDoor', text: '张桂兰家门口的下水道堵了', petitioner: { name: '张桂兰', phone: '13972100003' }, householdId: 'household-301', idempotencyKey: key(),
  }))
  c = await act(h, 'persona-grid', 'resolveOnSpot', c, { result: '已疏通' })
  const before = STAFF.map((u) => h.notices(u).length)
  await act(h, 'persona-staff', 'publish', c, { publishedResult: '下水道已疏通' })
  expect(lastOf('user-grid-zhao')).toEqual({ kind: 'followUpDue', title: '事项已公示，请回访说事人', body: `${c.caseNo}：张桂兰家门口的下水道堵了。请回访说事人张桂兰（13972100003）` })
  expect(STAFF.map((u) => h.notices(u).length)).toEqual(before)
})

it('asks staff to follow up a phone, walk-in or suggestion-box case', async () => {
  let c = data<CaseView>(await h.call('persona-staff', 'cases', 'submit', { communityId: DEMO_COMMUNITY, channel: 'walkIn', text: '来说事厅反映广场舞噪音', petitioner: { name: '李大爷' }, idempotencyKey: key() }))
  c = await act(h, 'persona-staff', 'resolveOnSpot', c, { result: '已协调' })
  await act(h, 'persona-staff', 'publish', c, { publishedResult: '已协调广场舞时间' })
  for (const userId of STAFF) expect(lastOf(userId)).toMatchObject({ kind: 'followUpDue', body: expect.stringContaining('请回访说事人李大爷') })
  expect(h.notices('user-grid-zhao')).toEqual([])
})

it('asks nobody to follow up when the petitioner rates in the app', async () => {
  let c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, text: '2栋门口的灯不亮了', channel: 'self', idempotencyKey: key() }))
  c = await act(h, 'persona-grid', 'resolveOnSpot', c, { result: '已换灯泡' })
  await act(h, 'persona-staff', 'publish', c, { publishedResult: '已换灯泡' })
  const kinds = [...STAFF, 'user-grid-zhao'].flatMap((u) => h.notices(u).map((n) => n.kind))
  expect(kinds).not.toContain('followUpDue')
  expect(lastOf('user-wang')).toMatchObject({ kind: 'completedAwaitingRating' })
})

it('tells the worker of an urgent case’s grid, unless they typed it in themselves', async () => {
  await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, channel: 'self', text: '红星路那边楼道里好大一股煤气味，怕是漏气了', gridId: 'grid-2', idempotencyKey: key() })
  expect(h.notices('user-grid-zhao')).toEqual([]) // grid-2 is not theirs
  await h.call('persona-grid', 'cases', 'submit', { communityId: DEMO_COMMUNITY, channel: 'doorToDoor', text: '1栋楼道里好大一股煤气味，怕是漏气了', petitioner: { name: '张桂兰' }, idempotencyKey: key() })
  expect(h.notices('user-grid-zhao')).toEqual([])
  expect(h.notices('user-staff-chen').map((n) => n.kind)).toEqual(['urgent', 'urgent'])
})

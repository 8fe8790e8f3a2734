// 议事会 in the built mini-program: meetings.listAgenda's cases grouped by meeting (earliest first), each group headed
// by the day and place, each case 待上会 or 已议定 with the decision; 看更多 passes the cursor; a tap opens the case page.
import { tapText, waitForText } from './harness'
import { NOT_FOUND, useWorkHarness, userOf, workCase } from './queue-support'

const HALL = '航空路社区党群服务中心一楼 居民说事厅'
const ROOM = '航空路社区居委会二楼会议室'
const onAgenda = { status: 'onAgenda', statusLabel: '待上会', stepLabel: '议事', unitId: undefined, unitName: undefined }
const FIRST_PAGE = {
  items: [
    workCase('case-11', { ...onAgenda, text: '小区想加装电梯，住户意见不一', meeting: { date: '2026-12-15', place: HALL } }),
    workCase('case-12', { ...onAgenda, status: 'deliberated', statusLabel: '已议定', text: '楼下广场停车乱，想划停车位', meeting: { date: '2026-12-15', place: HALL, decision: '由物业划线，方案公示七天' } }),
  ],
  nextCursor: 'cursor-after-case-12',
}
const SECOND_PAGE = { items: [workCase('case-13', { ...onAgenda, text: '健身器材生锈了', meeting: { date: '2026-12-10', place: ROOM } })] }

const work = useWorkHarness(userOf('user-staff-chen', '陈静', 'staff'), (name, action, payload: any) =>
  name === 'meetings' && action === 'listAgenda' ? { ok: true, data: payload?.cursor === FIRST_PAGE.nextCursor ? SECOND_PAGE : FIRST_PAGE } : NOT_FOUND,
)

test('groups the agenda by meeting, earliest first, with 待上会 / 已议定 and the decision', async () => {
  const page = work.open('packages/work/agenda/index')
  await waitForText(page, '小区想加装电梯')
  expect(work.withClass('agenda__heading').map((el) => el.textContent)).toEqual([`12月15日（周二） ${HALL}`])
  const items = work.withClass('agenda-item').map((el) => el.textContent ?? '')
  expect(items[0]).toContain('待上会')
  expect(items[1]).toContain('已议定')
  expect(items[1]).toContain('决议：由物业划线，方案公示七天')
  expect(work.callsOf('listAgenda')[0]).toEqual({ limit: 20 })

  tapText(page, '看更多')
  await waitForText(page, '健身器材生锈了')
  expect(work.callsOf('listAgenda').at(-1)).toEqual({ cursor: 'cursor-after-case-12', limit: 20 })
  expect(work.withClass('agenda__heading').map((el) => el.textContent)).toEqual([`12月10日（周四） ${ROOM}`, `12月15日（周二） ${HALL}`])
})

test('a tap on a phone opens the case page', async () => {
  const page = work.open('packages/work/agenda/index')
  await waitForText(page, '楼下广场停车乱')
  tapText(page, '楼下广场停车乱，想划停车位')
  await work.harness.simulate.sleep(50)
  expect(work.harness.wx.navigateTo.mock.calls.map(([options]: any[]) => options.url)).toEqual(['/pages/case/index?id=case-12'])
})

// 数据统计 on a fixed data set whose answers are worked out by hand below, through the real dispatcher on SQLite: seven
// cases of 航空路社区 received on Mon 2026-11-30 (month 2026-11), handled over the next week.
//
//   A  王秀英 reports; 环境卫生 → 环卫所 (3 working days, due Thu 12-03); accepted at once; asks for 2 more days, denied;
//      completed Wed 12-02 (on time); published; rated 满意; closed by the supervision group on 12-02 (2 working days).
//   B  王秀英 reports; 市容秩序 → 城管中队 (1 working day, due Tue 12-01); never accepted; the sweep of Thu 12-03 marks it
//      overdue: open past its deadline = 超期 (late), and 当前超期未办 1.
//   C  网格员 reports door to door for 李大爷 (no app account); 环境卫生 → 环卫所 (3 days); accepted, completed, published;
//      回访 不满意 → back to 环卫所 (5 days); accepted, completed, published again; 回访 满意. Reopened and then satisfied.
//   D  王秀英 reports; staff solve it on the spot (no deadline: on time) and publish it; nobody rates it; the sweep of
//      Mon 12-07 closes it unrated (未评价) after 7 days: 5 working days to close.
//   E  王秀英 reports; 物业服务 → 环卫所 (2 days); 环卫所 returns it (退回); it waits in triage.
//   F  王秀英 reports; merged into A (合并): closed, not counted in the days to close.
//   G  王秀英 reports; 环境卫生 → 环卫所 (1 day, due Tue 12-01); accepted Wed 12-02 (2 working days: late 签收);
//      completed 12-02 (late); published; rated 基本满意.
//
// By hand (community and street alike, month 2026-11):
//   received 7; closed A D F = 3 → 结案率 3/7; on time A C D = 3, late G B = 2 → 按时办结率 3/5 = 60%;
//   published A C D G = 4; 满意 A C, 基本满意 G, 不满意 0, 未评价 D → 满意率 3/4 = 75%;
//   reached (rated in the app or by 回访) A C G = 3 → 回访率 3/4 = 75%, by 回访 C = 1; reopened C → 重办率 1/4 = 25%;
//   days to close A 2, D 5 → median 2; overdue now B = 1.
//   环卫所: given A C E G = 4; 签收 on time A C = 2 (50%); completed on time A C = 2 (50%); extensions 1 (A); returns 1 (E);
//           rated A C G, satisfied 3 → 100%; overdue now 0.   城管中队: given B = 1, nothing on time, overdue now 1.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { act, residentReports, DEMO_COMMUNITY } from '../support/case-steps'
import type { CaseView } from '../../src/core/contracts/views'
import type { StatisticsView, UnitAppraisalView, BoardFiguresView } from '../../src/core/contracts/statistics-views'
import { recountSqlite } from '../../cloudfunctions/src/adapters/sqlite/statistics-recount'

let h: Harness
beforeAll(async () => {
  h = await createHarness('2026-11-30T02:00:00Z') // Mon 10:00 in Beijing
  await buildDataSet()
})
afterAll(() => h.close())

const STAFF = 'persona-staff'
const HANDLER = 'persona-handler'
const RESIDENT = 'persona-resident'

async function assign(c: CaseView, unitId: string, workingDays: number, category: string): Promise<CaseView> {
  const triaged = await act(h, STAFF, 'triage', c, { category, urgency: 'normal' })
  return act(h, STAFF, 'assign', triaged, { unitId, level: 'community', workingDays })
}

async function buildDataSet(): Promise<void> {
  let d = await residentReports(h, '小区门口的路灯不亮了，晚上走路看不清')
  d = await act(h, STAFF, 'resolveOnSpot', d, { result: '已联系电工换了灯泡' })
  d = await act(h, STAFF, 'publish', d, { publishedResult: '路灯已修好' })

  let a = await assign(await residentReports(h, '1栋楼道垃圾三天没人清运，气味很大'), 'unit-sanitation', 3, 'sanitation')
  a = await act(h, HANDLER, 'accept', a)
  a = await act(h, HANDLER, 'requestExtension', a, { days: 2, note: '需要协调清运车' })
  a = await act(h, STAFF, 'denyExtension', a, { note: '请按期办结' })
  const f = await residentReports(h, '1栋楼道的垃圾堆着没人管，味道很大')
  await act(h, STAFF, 'mergeDuplicate', f, { intoCaseId: a.id })
  await assign(await residentReports(h, '红星路路口有人占道摆摊，车辆过不去'), 'unit-city', 1, 'cityscape')

  let c = data<CaseView>(await h.call('persona-grid', 'cases', 'submit', {
    communityId: DEMO_COMMUNITY, text: '李大爷家门口的垃圾桶满了没人倒', channel: 'doorToDoor', petitioner: { name: '李大爷', phone: '13800000099' }, idempotencyKey: key(),
  }))
  c = await assign(c, 'unit-sanitation', 3, 'sanitation')
  c = await act(h, HANDLER, 'accept', c)
  c = await act(h, HANDLER, 'complete', c, { result: '已清运' })
  c = await act(h, STAFF, 'publish', c, { publishedResult: '垃圾已清运' })
  c = await act(h, 'persona-grid', 'recordFollowUp', c, { rating: 'unsatisfied', method: 'phone', comment: '第二天又满了' })
  c = await act(h, HANDLER, 'accept', c)
  c = await act(h, HANDLER, 'complete', c, { result: '增加了清运次数' })
  c = await act(h, STAFF, 'publish', c, { publishedResult: '已增加清运次数' })
  await act(h, 'persona-grid', 'recordFollowUp', c, { rating: 'satisfied', method: 'visit' })

  const e = await assign(await residentReports(h, '楼上住户装修噪音太大，中午也不停'), 'unit-sanitation', 2, 'property')
  await act(h, HANDLER, 'returnToStaff', e, { note: '不属于环卫所职责' })

  let g = await assign(await residentReports(h, '2栋后面的绿化带里堆了很多建筑垃圾'), 'unit-sanitation', 1, 'sanitation')

  h.clock.set('2026-12-02T02:00:00Z') // Wed
  a = await act(h, HANDLER, 'complete', a, { result: '垃圾已清运' })
  a = await act(h, STAFF, 'publish', a, { publishedResult: '楼道垃圾已清运' })
  a = await act(h, RESIDENT, 'rate', a, { rating: 'satisfied' })
  await act(h, 'persona-supervisor', 'close', a)
  g = await act(h, HANDLER, 'accept', g)
  g = await act(h, HANDLER, 'complete', g, { result: '建筑垃圾已清走' })
  g = await act(h, STAFF, 'publish', g, { publishedResult: '建筑垃圾已清走' })
  await act(h, RESIDENT, 'rate', g, { rating: 'basicallySatisfied' })

  h.clock.set('2026-12-03T02:00:00Z') // Thu: B is past its deadline
  data(await h.timer('supervision', 'sweep'))
  h.clock.set('2026-12-07T03:00:00Z') // Mon: D has waited 7 days unrated
  data(await h.timer('supervision', 'sweep'))
}

const statistics = async (as: string, payload: Record<string, unknown> = {}) => data<StatisticsView>(await h.call(as, 'supervision', 'getStatistics', payload))

it('answers every headline figure as worked out by hand', async () => {
  const view = await statistics(STAFF, { fromMonth: '2026-11', toMonth: '2026-12' })
  expect(view.scope).toEqual({ kind: 'community', id: DEMO_COMMUNITY, name: expect.stringContaining('航空路') })
  expect(view.headline).toEqual({
    received: 7, closed: 3, closureRate: 3 / 7,
    onTime: 3, late: 2, onTimeRate: 0.6,
    satisfied: 2, basicallySatisfied: 1, unsatisfied: 0, unrated: 1, satisfactionRate: 0.75,
    published: 4, reached: 3, followedUp: 1, followUpRate: 0.75,
    reopened: 1, reopenRate: 0.25,
    closedWithDays: 2, medianDaysToClose: 2,
    overdueNow: 1,
  })
  expect(view.months.map((m) => [m.month, m.figures.received, m.figures.closed])).toEqual([['2026-11', 7, 3], ['2026-12', 0, 0]])
  expect(view.definitions.find((d) => d.key === 'onTimeRate')?.definition).toContain('已过时限仍未办结')
})

it('breaks the figures down by category, channel, grid and unit', async () => {
  const view = await statistics('persona-supervisor', { fromMonth: '2026-11', toMonth: '2026-11' })
  const received = (rows: StatisticsView['breakdowns']['category']) => Object.fromEntries(rows.map((r) => [r.label, r.figures.received]))
  expect(received(view.breakdowns.category)).toEqual({ 环境卫生: 3, 未分类: 2, 市容秩序: 1, 物业服务: 1 })
  expect(received(view.breakdowns.channel)).toEqual({ 居民自报: 6, 网格员入户: 1 })
  expect(received(view.breakdowns.grid)).toEqual({ '第一网格（航空路小区）': 7 })
  expect(received(view.breakdowns.unit)).toEqual({ 胜利街道环卫所: 3, 未交办: 3, 沙市区城管执法胜利中队: 1 })
  const sanitation = view.breakdowns.category.find((r) => r.key === 'sanitation')!.figures
  expect(sanitation).toMatchObject({ onTime: 2, late: 1, satisfied: 2, basicallySatisfied: 1, satisfactionRate: 1, reopened: 1 })
  const city = view.breakdowns.unit.find((r) => r.key === 'unit-city')!.figures
  expect(city).toMatchObject({ received: 1, late: 1, onTimeRate: 0 })
})

it('appraises each unit: 签收, 办结, extensions, returns, satisfaction, overdue now', async () => {
  const view = data<UnitAppraisalView>(await h.call('persona-admin', 'supervision', 'getUnitAppraisal', { fromMonth: '2026-11', toMonth: '2026-11' }))
  expect(view.scope.kind).toBe('street')
  expect(view.acceptRule).toContain('1个工作日')
  const byId = Object.fromEntries(view.units.map((u) => [u.unitId, u]))
  expect(byId['unit-sanitation']).toMatchObject({
    assigned: 4, acceptedOnTime: 2, acceptedOnTimeRate: 0.5, completedOnTime: 2, completedOnTimeRate: 0.5,
    extensions: 1, returns: 1, rated: 3, ratedSatisfied: 3, satisfactionRate: 1, overdueNow: 0,
  })
  expect(byId['unit-city']).toMatchObject({ assigned: 1, acceptedOnTime: 0, completedOnTime: 0, extensions: 0, returns: 0, rated: 0, satisfactionRate: null, overdueNow: 1 })
  expect(byId['unit-police']).toMatchObject({ assigned: 0, acceptedOnTimeRate: null })
  expect(view.units[0].unitId).toBe('unit-sanitation')
})

it('gives the admin the street and any of its communities, with the same figures here', async () => {
  const street = await statistics('persona-admin', { fromMonth: '2026-11', toMonth: '2026-11' })
  const community = await statistics('persona-admin', { fromMonth: '2026-11', toMonth: '2026-11', communityId: DEMO_COMMUNITY })
  expect(street.scope.kind).toBe('street')
  expect(community.scope.kind).toBe('community')
  expect(street.headline).toEqual(community.headline)
  expect(street.communities.map((c) => c.id)).toContain(DEMO_COMMUNITY)
})

it('refuses a period that ends before it starts, in Chinese, and one longer than 36 months', async () => {
  const backwards = await h.call(STAFF, 'supervision', 'getStatistics', { fromMonth: '2026-12', toMonth: '2026-11' })
  expect(backwards).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'toMonth', message: '统计期间的结束月份（2026-11）早于开始月份（2026-12），请重新选择' })
  const long = await h.call(STAFF, 'supervision', 'getUnitAppraisal', { fromMonth: '2020-01', toMonth: '2026-11' })
  expect(long).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('36个月') })
  const malformed = await h.call(STAFF, 'supervision', 'getStatistics', { fromMonth: '2026-13' })
  expect(malformed).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('年月') })
})

it('shows the 公示栏 the same headline for the last 12 months, without anything personal', async () => {
  const figures = data<BoardFiguresView>(await h.call(RESIDENT, 'supervision', 'getBoardFigures', { communityId: DEMO_COMMUNITY }))
  expect(figures).toMatchObject({ fromMonth: '2026-01', toMonth: '2026-12', received: 7, closed: 3, closureRate: 3 / 7, onTimeRate: 0.6, satisfactionRate: 0.75 })
  expect(Object.keys(figures).sort()).toEqual(['closed', 'closureRate', 'communityName', 'definitions', 'fromMonth', 'onTimeRate', 'received', 'satisfactionRate', 'toMonth'])
})

it('keeps counters that the recount from the raw events agrees with', () => {
  const report = recountSqlite(h.runtime.db)
  expect(report.drift).toEqual([])
  expect(report.factsDrift).toBe(0)
  expect(report.cases).toBe(7)
})

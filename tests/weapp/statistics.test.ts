// 数据统计 in the built mini-program: the headline figures, the monthly trend, the breakdown bars, the unit appraisal
// and the definitions from supervision.getStatistics / getUnitAppraisal; the period picker asks again; an admin picks a
// community; a period the server refuses shows its Chinese message.
import { summarize, summarizeAppraisal, FIGURE_DEFINITIONS, APPRAISAL_DEFINITIONS, STATISTICS_BASIS } from '../../src/core/domain/statistics'
import { tapText, waitForText } from './harness'
import { COMMUNITY, NOT_FOUND, useWorkHarness, userOf } from './queue-support'

const figures = summarize({ received: 7, closed: 3, onTime: 3, late: 2, published: 4, satisfied: 2, basicallySatisfied: 1, unrated: 1, reached: 3, followedUp: 1, reopened: 1, closedWithDays: 2, 'days:2': 1, 'days:5': 1 })
const empty = summarize({})
const VIEW = {
  scope: { kind: 'community', id: COMMUNITY.id, name: '航空路社区' },
  fromMonth: '2026-11', toMonth: '2026-12', basis: STATISTICS_BASIS,
  headline: { ...figures, overdueNow: 1 },
  months: [{ month: '2026-11', figures }, { month: '2026-12', figures: empty }],
  breakdowns: {
    category: [{ key: 'sanitation', label: '环境卫生', figures }],
    channel: [{ key: 'self', label: '居民自报', figures }],
    grid: [{ key: 'grid-1', label: '第一网格（航空路小区）', figures }],
    unit: [{ key: 'unit-sanitation', label: '胜利街道环卫所', figures }],
  },
  definitions: FIGURE_DEFINITIONS,
  communities: [{ id: COMMUNITY.id, name: '航空路社区' }],
}
const APPRAISAL = {
  scope: VIEW.scope, fromMonth: '2026-11', toMonth: '2026-12', basis: STATISTICS_BASIS, definitions: APPRAISAL_DEFINITIONS,
  acceptRule: '按时签收：交办后1个工作日内接收办理（交办次日的工作日结束前，节假日顺延）',
  units: [{ unitId: 'unit-sanitation', name: '胜利街道环卫所', ...summarizeAppraisal({ assigned: 4, acceptedOnTime: 2, completedOnTime: 2, extensions: 1, returns: 1, rated: 3, ratedSatisfied: 3 }) }],
}

const DELIBERATION = {
  fromMonth: '2026-11', toMonth: '2026-12', meetingsHeld: 3,
  byKind: [{ kind: 'reception', label: '逢五说事', held: 2 }, { kind: 'roundtable', label: '议事会', held: 1 }, { kind: 'topic', label: '定题说事', held: 0 }],
  byMonth: [{ month: '2026-11', held: 1 }, { month: '2026-12', held: 2 }],
  attendanceRate: 0.8, participants: 10, present: 8, itemsDecided: 4, itemsOpen: 1, awaitingMinutes: 1, cancelled: 0,
  topics: [{ id: 'topic-1', question: '一楼楼道是否封闭垃圾通道？', opensOn: '2026-11-30', closesOn: '2026-12-07', unit: 'household', answers: 12, eligible: 40, turnoutPercent: 30 }],
}

let refuse = false
const work = useWorkHarness(userOf('user-admin-wu', '吴志刚', 'admin'), (name, action, payload: any) => {
  if (name !== 'supervision') return NOT_FOUND
  if (refuse && payload.toMonth < payload.fromMonth) return { ok: false, code: 'INVALID_INPUT', message: `统计期间的结束月份（${payload.toMonth}）早于开始月份（${payload.fromMonth}），请重新选择` }
  if (action === 'getStatistics') return { ok: true, data: VIEW }
  if (action === 'getUnitAppraisal') return { ok: true, data: APPRAISAL }
  if (action === 'getDeliberationFigures') return { ok: true, data: DELIBERATION }
  return NOT_FOUND
})

test('shows the headline, the trend, the breakdowns, the unit appraisal and what each figure counts', async () => {
  const page = work.open('packages/stats/index')
  await waitForText(page, '按时办结率')
  const text = page.dom.textContent as string
  for (const words of ['数据统计', '收到', '结案率 42.9%', '60.0%', '满意率', '75.0%', '未评价', '回访率', '重办率', '25.0%', '结案用时中位数', '当前超期未办',
    '月度趋势', '11月', '12月', '按类别', '环境卫生', '按渠道', '居民自报', '按网格', '按承办单位',
    '单位考评', '胜利街道环卫所', '按时签收率', '50.0%', '延期申请', '退回', '100.0%', '交办后1个工作日内', '议事与定题说事', '召开议事会', '逢五说事 2 · 议事会 1', '到会率', '80.0%', '形成决议', '纪要待公示', '定题说事 1 个', '一楼楼道是否封闭垃圾通道？', '参与 12/40 户', '统计口径', '不办结不能掩盖超期']) {
    expect([words, text.includes(words)]).toEqual([words, true])
  }
  expect(work.withClass('stats-trend__month')).toHaveLength(2)
  expect(work.withClass('stats-bar').length).toBeGreaterThanOrEqual(4)
  expect(work.callsOf('getStatistics')[0]).toMatchObject({ fromMonth: expect.stringMatching(/^\d{4}-\d{2}$/), toMonth: expect.stringMatching(/^\d{4}-\d{2}$/) })
})

test('a preset period and a community asks again; a period that ends before it starts shows the message', async () => {
  refuse = true
  const page = work.open('packages/stats/index')
  await waitForText(page, '全街道')
  tapText(page, '本月')
  await work.harness.simulate.sleep(50)
  const last = work.callsOf('getStatistics').at(-1)
  expect(last.fromMonth).toBe(last.toMonth)
  tapText(page, '航空路社区')
  await work.harness.simulate.sleep(50)
  expect(work.callsOf('getStatistics').at(-1)).toMatchObject({ communityId: COMMUNITY.id })
  tapText(page, '▶') // the start month moves past the end month
  await waitForText(page, '早于开始月份')
})

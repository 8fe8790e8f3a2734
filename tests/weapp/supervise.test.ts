// 督办 in the built mini-program: the supervision group's sections from supervision.listWatch — 已超期 first, then
// 即将到期, 已提级督办, 待结案 — each case with its working-day countdown and unit; a tap on a phone opens the case page.
import { workingDaysLeft } from '../../src/core/domain/deadlines'
import { tapText, waitForText } from './harness'
import { DAY, NOT_FOUND, useWorkHarness, userOf, workCase } from './queue-support'

// Deadlines relative to the real clock (the page counts with the device's clock).
const overdueDue = new Date(Date.now() - 12 * DAY).toISOString()
const soonDue = new Date(Date.now() + 1 * DAY).toISOString()
const WATCH = {
  overdue: [workCase('case-01', { text: '3栋楼道的灯坏了，晚上看不见', dueAt: overdueDue, overdue: true })],
  dueSoon: [workCase('case-02', { text: '小区门口井盖松动', dueAt: soonDue, unitName: '胜利街道城管中队' })],
  escalated: [workCase('case-03', { text: '菜市场占道经营', dueAt: overdueDue, overdue: true, escalations: 1, level: 'street' })],
  toClose: [workCase('case-04', { text: '路灯已修好', status: 'rated', statusLabel: '已评价', stepLabel: '评事', rating: { value: 'satisfied', at: '2026-11-27T01:00:00.000Z' } })],
}

let watch: unknown = WATCH
const work = useWorkHarness(userOf('user-supervisor-zhou', '周国平', 'supervisor'), (name, action) =>
  name === 'supervision' && action === 'listWatch' ? { ok: true, data: watch } : NOT_FOUND,
)

test('shows 已超期 first, then 即将到期, 已提级督办 and 待结案, each case with countdown and unit', async () => {
  const page = work.open('packages/supervise/index')
  await waitForText(page, '3栋楼道的灯坏了')
  const sections = work.withClass('watch-section')
  const titles = work.withClass('watch-section__title')
  expect(sections.map((section) => titles.find((title) => section.contains(title))?.firstChild?.textContent)).toEqual(['已超期', '即将到期', '已提级督办', '待结案'])
  const [overdue, dueSoon, escalated, toClose] = sections.map((section) => section.textContent ?? '')

  const late = -workingDaysLeft(new Date(), overdueDue)
  expect(late).toBeGreaterThan(0)
  expect(overdue).toContain('3栋楼道的灯坏了')
  expect(overdue).toContain(`已超期 ${late} 个工作日`)
  expect(overdue).toContain('承办：胜利街道环卫所')
  expect(overdue).toContain('1 件')

  const left = workingDaysLeft(new Date(), soonDue)
  expect(dueSoon).toContain('小区门口井盖松动')
  expect(dueSoon).toContain(left === 0 ? '今天到期' : `还剩 ${left} 个工作日`)
  expect(dueSoon).toContain('承办：胜利街道城管中队')

  expect(escalated).toContain('菜市场占道经营')
  expect(escalated).toContain('提级督办 1 次（街道）')

  expect(toClose).toContain('路灯已修好')
  expect(toClose).toContain('评事 · 已评价')
  expect(toClose).not.toContain('个工作日') // no running deadline once rated
  expect(work.callsOf('listWatch')).toHaveLength(1)
})

test('a tap on a phone opens the case page', async () => {
  const page = work.open('packages/supervise/index')
  await waitForText(page, '菜市场占道经营')
  tapText(page, '菜市场占道经营')
  await work.harness.simulate.sleep(50)
  expect(work.harness.wx.navigateTo.mock.calls.map(([options]: any[]) => options.url)).toEqual(['/pages/case/index?id=case-03'])
})

test('empty sections say so', async () => {
  watch = { overdue: [], dueSoon: [], escalated: [], toClose: [] }
  const page = work.open('packages/supervise/index')
  await waitForText(page, '没有超期的事项')
  expect(page.dom.textContent).toContain('没有等待结案的事项')
  expect(work.withClass('case-card')).toHaveLength(0)
})

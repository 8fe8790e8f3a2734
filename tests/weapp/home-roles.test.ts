// The built home page's big buttons for each role: the right 说事 form (我要说事 / 入户说事 / 登记说事, none for
// handlers and supervisors), the work queue with the count of cases waiting (cases.countWaiting, 99+ when more),
// 督办, 议事会 and 公示栏 for everyone with a community — and where each one goes.
import { startHarness, tapText, waitForText, type Harness } from './harness'

const COMMUNITY = { id: 'community-hangkonglu', streetId: 'street-shengli', name: '航空路社区', hotline: '0716-8312345', hall: '居民说事厅', receptionDays: '每月5日、15日、25日（逢五说事）' }
const base = { streetId: 'street-shengli', communityId: COMMUNITY.id }
const USERS = {
  resident: { ...base, userId: 'user-wang', name: '王秀英', role: 'resident' },
  gridWorker: { ...base, userId: 'user-grid-zhao', name: '赵敏', role: 'gridWorker', gridIds: ['grid-1'] },
  staff: { ...base, userId: 'user-staff-chen', name: '陈静', role: 'staff' },
  handler: { userId: 'user-handler-sun', name: '孙强', role: 'handler', streetId: 'street-shengli', unitId: 'unit-sanitation' },
  supervisor: { ...base, userId: 'user-supervisor-zhou', name: '周国平', role: 'supervisor' },
  admin: { userId: 'user-admin-wu', name: '吴志刚', role: 'admin', streetId: 'street-shengli' },
} as const

const ALL = ['我要说事', '入户说事', '登记说事', '网格待办', '待办事项', '承办事项', '督办事项', '督办', '议事会', '议事安排', '定题说事', '我的说事', '消息中心', '公示栏', '工作人员管理']
const EXPECTED: Record<keyof typeof USERS, string[]> = {
  resident: ['我要说事', '我的说事', '消息中心', '公示栏'],
  gridWorker: ['入户说事', '网格待办', '议事会', '定题说事', '我的说事', '消息中心', '公示栏'],
  staff: ['登记说事', '待办事项', '议事会', '议事安排', '定题说事', '我的说事', '消息中心', '公示栏', '工作人员管理'],
  handler: ['承办事项', '我的说事', '消息中心'],
  supervisor: ['督办事项', '督办', '议事会', '议事安排', '定题说事', '我的说事', '消息中心', '公示栏'],
  admin: ['登记说事', '待办事项', '议事会', '议事安排', '定题说事', '我的说事', '消息中心', '工作人员管理'],
}

let harness: Harness
let page: any
let waiting: { count: number; more: boolean } = { count: 3, more: false }
let role: keyof typeof USERS = 'resident'

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action) => {
    const user = USERS[role]
    if (name === 'identity' && action === 'whoami') return { ok: true, data: 'communityId' in user ? { user, community: COMMUNITY } : { user } }
    if (name === 'identity' && action === 'listInbox') return { ok: true, data: { items: [], unread: 0 } }
    if (name === 'cases' && action === 'countWaiting') {
      return role === 'resident' ? { ok: false, code: 'FORBIDDEN', message: '您没有权限进行这项操作' } : { ok: true, data: waiting }
    }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

afterEach(() => {
  page?.detach()
  page = undefined
  jest.clearAllMocks()
})

/** The big buttons' titles, in order. */
const buttonTitles = (): string[] =>
  (Array.from(page.dom.querySelectorAll('[class~="big-button__text"], [class~="main--big-button__text"]')) as Element[]).map((node) => node.textContent?.trim() ?? '')

async function openAs(who: keyof typeof USERS) {
  role = who
  page = harness.openPage('pages/index/index')
  await waitForText(page, `${USERS[who].name}，您好`)
  await waitForText(page, '消息中心')
}

test.each(Object.keys(USERS) as (keyof typeof USERS)[])('%s sees their own set of buttons', async (who) => {
  await openAs(who)
  const titles = buttonTitles().filter((title) => ALL.includes(title))
  expect(titles).toEqual(EXPECTED[who])
})

test.each([
  ['resident', '我要说事', '/pages/submit/index'],
  ['gridWorker', '入户说事', '/packages/intake/index'],
  ['staff', '登记说事', '/packages/intake/index'],
  ['admin', '登记说事', '/packages/intake/index'],
  ['supervisor', '督办', '/packages/supervise/index'],
  ['gridWorker', '议事会', '/packages/work/agenda/index'],
  ['staff', '议事安排', '/packages/work/meetings/index'],
  ['supervisor', '议事安排', '/packages/work/meetings/index'],
  ['staff', '定题说事', '/packages/work/topics/index'],
  ['resident', '公示栏', '/pages/board/index'],
  ['admin', '工作人员管理', '/packages/admin/workers/index'],
] as const)('%s taps %s and goes to %s', async (who, button, url) => {
  await openAs(who)
  tapText(page, button)
  for (let i = 0; i < 50 && harness.wx.navigateTo.mock.calls.length === 0; i++) await harness.simulate.sleep(20)
  expect(harness.wx.navigateTo.mock.calls.map(([options]: any[]) => options.url)).toEqual([url])
})

test('workers see how many cases wait for them on the queue button; 99+ when there are more', async () => {
  waiting = { count: 3, more: false }
  await openAs('staff')
  await waitForText(page, '待办 3 件')
  page.detach()
  waiting = { count: 100, more: true }
  await openAs('gridWorker')
  await waitForText(page, '待办 99+ 件')
  expect(harness.wx.cloud.callFunction).toHaveBeenCalledWith(expect.objectContaining({ name: 'cases', data: { action: 'countWaiting', payload: {} } }))
})

test('residents are not asked for a waiting count', async () => {
  await openAs('resident')
  await harness.simulate.sleep(100)
  const asked = harness.wx.cloud.callFunction.mock.calls.some(([options]: any[]) => options.data?.action === 'countWaiting')
  expect(asked).toBe(false)
  expect(page.dom.textContent).not.toMatch(/待办 \d+ 件/)
})

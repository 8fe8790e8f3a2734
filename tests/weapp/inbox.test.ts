// 消息中心 in the built mini-program: the notices (newest first, Shanghai time), unread ones marked; a tap marks the
// notice read and opens its case; 加载更多 passes the cursor; the home page shows the unread count.
import { startHarness, tapText, waitForText, type Harness } from './harness'

const COMMUNITY = { id: 'community-hangkonglu', streetId: 'street-shengli', name: '航空路社区', hotline: '0716-8312345', hall: '居民说事厅', receptionDays: '每月5日、15日、25日（逢五说事）' }
const RESIDENT = { userId: 'user-wang', name: '王秀英', role: 'resident', streetId: 'street-shengli', communityId: COMMUNITY.id }

// As identity.listInbox answers (createdAt in UTC: 01:05Z is 09:05 in Shanghai; 16:30Z is 00:30 the next day).
const FIRST_PAGE = {
  items: [
    { id: 'notice-2', kind: 'assigned', caseId: 'case-7', title: '您说的事已交办', body: 'SS202611280007：3栋楼道的灯坏了', read: false, createdAt: '2026-11-28T16:30:00.000Z' },
    { id: 'notice-1', kind: 'accepted', caseId: 'case-7', title: '您说的事已受理', body: 'SS202611280007：3栋楼道的灯坏了', read: true, createdAt: '2026-11-28T01:05:00.000Z' },
  ],
  nextCursor: 'cursor-after-notice-1',
  unread: 2,
}
const SECOND_PAGE = {
  items: [{ id: 'notice-0', kind: 'referred', title: '您说的事已转交相关部门', body: 'SS202611010001：噪音扰民', read: false, createdAt: '2026-11-01T02:00:00.000Z' }],
  unread: 2,
}

let harness: Harness
let page: any
const calls: { action: string; payload: any }[] = []

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action, payload: any) => {
    calls.push({ action, payload })
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user: RESIDENT, community: COMMUNITY } }
    if (name === 'identity' && action === 'listInbox') return { ok: true, data: payload?.cursor === FIRST_PAGE.nextCursor ? SECOND_PAGE : FIRST_PAGE }
    if (name === 'identity' && action === 'markInboxRead') return { ok: true, data: { marked: payload.ids.length } }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

afterEach(() => {
  page?.detach()
  page = undefined
  calls.length = 0
  jest.clearAllMocks()
})

/** Elements with a class, as written in the source (miniprogram-simulate prefixes classes with the component's tag, e.g. main--notice). */
const withClass = (className: string): Element[] =>
  (Array.from(page.dom.querySelectorAll('*')) as Element[]).filter((el) => String(el.getAttribute('class') ?? '').split(/\s+/).some((c) => c.replace(/^[^-]+--/, '') === className))
const hasClass = (el: Element, className: string) => String(el.getAttribute('class') ?? '').split(/\s+/).some((c) => c.replace(/^[^-]+--/, '') === className)

const callsOf = (action: string) => calls.filter((call) => call.action === action).map((call) => call.payload)

test('the home page shows 消息中心 with the unread count, and opens it', async () => {
  page = harness.openPage('pages/index/index')
  await waitForText(page, '有 2 条新消息')
  const badges = withClass('big-button__badge')
  expect(badges.map((el) => el.textContent)).toEqual(['2'])
  tapText(page, '消息中心')
  await harness.simulate.sleep(50)
  expect(harness.wx.navigateTo.mock.calls.map(([options]: any[]) => options.url)).toEqual(['/pages/inbox/index'])
})

test('lists the notices with Shanghai times and marks the unread ones', async () => {
  page = harness.openPage('pages/inbox/index')
  await waitForText(page, '您说的事已交办')
  const text = page.dom.textContent
  expect(text).toContain('您说的事已受理')
  expect(text).toContain('SS202611280007：3栋楼道的灯坏了')
  expect(text).toContain('11-29 00:30') // 16:30 UTC is past midnight in Shanghai
  expect(text).toContain('11-28 09:05')
  expect(text).toContain('2 条未读')
  const cards = withClass('notice')
  expect(cards).toHaveLength(2)
  expect(hasClass(cards[0], 'notice--unread')).toBe(true)
  expect(cards[0].textContent).toContain('未读')
  expect(hasClass(cards[1], 'notice--unread')).toBe(false)
  expect(cards[1].textContent).not.toContain('未读')
  expect(callsOf('listInbox')[0]).toEqual({ limit: 20 })
})

test('tapping an unread notice marks it read and opens its case', async () => {
  page = harness.openPage('pages/inbox/index')
  await waitForText(page, '您说的事已交办')
  tapText(page, '您说的事已交办')
  await waitForText(page, '1 条未读') // the other unread notice is on the next page
  expect(callsOf('markInboxRead')).toEqual([{ ids: ['notice-2'] }])
  expect(harness.wx.navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/case/index?id=case-7' }))
  expect(withClass('notice--unread')).toHaveLength(0)
})

test('加载更多 asks for the next page with the cursor and appends it', async () => {
  page = harness.openPage('pages/inbox/index')
  await waitForText(page, '加载更多')
  tapText(page, '加载更多')
  await waitForText(page, '您说的事已转交相关部门')
  expect(callsOf('listInbox').at(-1)).toEqual({ cursor: 'cursor-after-notice-1', limit: 20 })
  expect(withClass('notice')).toHaveLength(3)
  expect(page.dom.textContent).not.toContain('加载更多') // no cursor on the last page

  // A notice without a case is only marked read: nothing opens.
  tapText(page, '您说的事已转交相关部门')
  await harness.simulate.sleep(50)
  expect(callsOf('markInboxRead').at(-1)).toEqual({ ids: ['notice-0'] })
  expect(harness.wx.navigateTo).not.toHaveBeenCalled()
})

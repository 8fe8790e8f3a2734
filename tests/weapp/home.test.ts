// The built mini-program's 说事厅 home page, driven through miniprogram-simulate as a resident and as staff.
import fs from 'node:fs'
import path from 'node:path'
import { CLOUD_ENV_ID } from '../../config/wechat'
import { startHarness, tapText, waitForNoText, waitForText, WEAPP_ROOT, type Harness } from './harness'

// Shapes as identity.whoami answers them (see src/core/application/whoami.ts and the demo community).
const COMMUNITY = {
  id: 'community-hangkonglu',
  streetId: 'street-shengli',
  name: '航空路社区',
  hotline: '0716-8312345',
  hall: '航空路社区党群服务中心一楼 居民说事厅',
  receptionDays: '每月5日、15日、25日（逢五说事）',
}
const RESIDENT = { userId: 'user-wang', name: '王秀英', role: 'resident', streetId: 'street-shengli', communityId: COMMUNITY.id }
const STAFF = { userId: 'user-chen', name: '陈静', role: 'staff', streetId: 'street-shengli', communityId: COMMUNITY.id }

let harness: Harness
let page: any

beforeAll(() => {
  harness = startHarness()
})

afterEach(() => {
  page?.detach()
  page = undefined
  jest.clearAllMocks()
})

const urlsOf = (api: jest.Mock) => api.mock.calls.map(([options]) => options.url)

test('starts the cloud SDK with the env id from config/wechat.ts', () => {
  // Runs first: the app launched in beforeAll, and afterEach has not cleared the mocks yet.
  expect(harness.wx.cloud.init).toHaveBeenCalledWith(expect.objectContaining({ env: CLOUD_ENV_ID }))
})

describe('a resident', () => {
  beforeEach(() => {
    harness.answerWith((name, action) =>
      name === 'identity' && action === 'whoami' ? { ok: true, data: { user: RESIDENT, community: COMMUNITY } } : { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' },
    )
    page = harness.openPage('pages/index/index')
  })

  test('sees the hall, the reception days, the hotline and the six steps', async () => {
    await waitForText(page, '我要说事')
    const text = page.dom.textContent
    expect(text).toContain('航空路社区')
    expect(text).toContain('王秀英，您好')
    expect(text).toContain('每月5日、15日、25日（逢五说事）')
    expect(text).toContain(COMMUNITY.hall)
    expect(text).toContain(COMMUNITY.hotline)
    for (const step of ['说事', '理事', '议事', '办事', '评事', '查事']) expect(text).toContain(step)
    expect(text).toContain('我的说事')
    expect(text).not.toContain('待办事项')
    expect(text).not.toContain('切换身份') // no personas on WeChat
    expect(harness.wx.cloud.callFunction).toHaveBeenCalledWith(expect.objectContaining({ name: 'identity', data: { action: 'whoami', payload: {} } }))
  })

  test('taps 我要说事 and goes to the submit page', async () => {
    await waitForText(page, '我要说事')
    tapText(page, '我要说事')
    await harness.simulate.sleep(50)
    expect(urlsOf(harness.wx.navigateTo)).toEqual(['/pages/submit/index'])
  })

  test('taps 我的说事 and goes to the list of own cases', async () => {
    await waitForText(page, '我的说事')
    tapText(page, '我的说事')
    await harness.simulate.sleep(50)
    expect(urlsOf(harness.wx.navigateTo)).toEqual(['/pages/mine/index'])
  })

  test('taps the hotline and the phone dials it', async () => {
    await waitForText(page, COMMUNITY.hotline)
    tapText(page, `${COMMUNITY.hotline}（点我拨打）`)
    await harness.simulate.sleep(50)
    expect(harness.wx.makePhoneCall).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: COMMUNITY.hotline }))
  })
})

test('staff see a button to their work queue, in the work subpackage', async () => {
  harness.answerWith(() => ({ ok: true, data: { user: STAFF, community: COMMUNITY } }))
  page = harness.openPage('pages/index/index')
  await waitForText(page, '待办事项')
  tapText(page, '待办事项')
  await harness.simulate.sleep(50)
  expect(urlsOf(harness.wx.navigateTo)).toEqual(['/packages/work/queue/index'])
})

test('a network failure shows a plain message and a retry button that works', async () => {
  let online = false
  harness.answerWith(() => {
    if (!online) throw new Error('request:fail')
    return { ok: true, data: { user: RESIDENT, community: COMMUNITY } }
  })
  page = harness.openPage('pages/index/index')
  await waitForText(page, '网络不给力，请稍后重试')
  online = true
  tapText(page, '再试一次')
  await waitForNoText(page, '网络不给力')
  await waitForText(page, '王秀英，您好')
})

test('the main package stays well under the 2 MB limit and has no sign-in page', () => {
  const sizeOf = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return entry.name === 'packages' && dir === WEAPP_ROOT ? sum : sum + sizeOf(full)
      return sum + fs.statSync(full).size
    }, 0)
  expect(sizeOf(WEAPP_ROOT)).toBeLessThan(1024 * 1024)
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8'))
  expect(appJson.pages).not.toContain('pages/sign-in/index')
  // Each worker role's pages sit in subpackages, 入户说事 / 登记说事 among them.
  expect(appJson.subPackages).toEqual(expect.arrayContaining([expect.objectContaining({ root: 'packages/work' }), { root: 'packages/intake', pages: ['index'] }]))
})

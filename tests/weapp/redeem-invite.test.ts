// 领取邀请 in the built mini-program: a WeChat user opens the shared invite (page query `code`) or scans its QR code
// (`scene`), gives their name when the server does not know them yet, and becomes the worker the invite names; a used
// invite shows the server's Chinese message; a known resident takes it under their own name.
import { startHarness, tapText, waitForText, type Harness } from './harness'

let harness: Harness
let page: any
let known = false
let redeemAnswer: any
const calls: { action: string; payload: any }[] = []

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action, payload: any) => {
    calls.push({ action, payload })
    if (action === 'whoami') {
      return known
        ? { ok: true, data: { user: { userId: 'user-wang', name: '王秀英', role: 'resident', streetId: 'street-shengli', communityId: 'community-hangkonglu' } } }
        : { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' }
    }
    if (action === 'redeemInvite') return redeemAnswer
    if (action === 'listInbox') return { ok: true, data: { items: [], unread: 0 } }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

beforeEach(() => {
  known = false
  redeemAnswer = { ok: true, data: { userId: 'user-new', name: '马丽', role: 'handler', roleLabel: '承办单位', scopeLabel: '胜利街道环卫所' } }
})

afterEach(() => {
  page?.detach()
  page = undefined
  calls.length = 0
  jest.clearAllMocks()
})

const callsOf = (action: string) => calls.filter((call) => call.action === action).map((call) => call.payload)

function typeInto(index: number, text: string) {
  const box = page.dom.querySelectorAll('wx-input')[index]
  if (!box) throw new Error(`No text box ${index} on the page: ${page.dom.textContent}`)
  page.querySelector(`#${box.getAttribute('data-sid')}`).dispatchEvent('input', { detail: { value: text, cursor: text.length } })
}

test('a newcomer opens the shared invite, gives their name and becomes a handler of 环卫所', async () => {
  page = harness.openPage('packages/admin/redeem/index', { code: '3F9A1C0B7E42' })
  await waitForText(page, '领取邀请')
  await waitForText(page, '您的姓名')
  tapText(page, '领取')
  await waitForText(page, '请填写您的姓名')
  expect(callsOf('redeemInvite')).toEqual([])
  typeInto(1, '马丽')
  await harness.simulate.sleep(50)
  tapText(page, '领取')
  await waitForText(page, '领取成功')
  expect(callsOf('redeemInvite')).toEqual([{ code: '3F9A1C0B7E42', name: '马丽' }])
  expect(page.dom.textContent).toContain('马丽，您已成为')
  expect(page.dom.textContent).toContain('承办单位')
  expect(page.dom.textContent).toContain('胜利街道环卫所')
  tapText(page, '进入首页')
  for (let i = 0; i < 50 && harness.wx.reLaunch.mock.calls.length === 0; i++) await harness.simulate.sleep(20)
  expect(harness.wx.reLaunch.mock.calls.map(([options]: any[]) => options.url)).toEqual(['/pages/index/index'])
})

test('a resident scans the QR code (scene = code) and takes it under their own name; a used invite says so', async () => {
  known = true
  redeemAnswer = { ok: false, code: 'INVITE_NOT_USABLE', message: '这个邀请已被使用，每个邀请只能用一次' }
  page = harness.openPage('packages/admin/redeem/index', { scene: '3F9A1C0B7E42' })
  await waitForText(page, '将以“王秀英”的身份领取')
  expect(page.dom.textContent).not.toContain('您的姓名')
  tapText(page, '领取')
  await waitForText(page, '这个邀请已被使用，每个邀请只能用一次')
  expect(callsOf('redeemInvite')).toEqual([{ code: '3F9A1C0B7E42' }])
  expect(page.dom.textContent).not.toContain('领取成功')
})

test('the admin pages sit in their own subpackage', () => {
  const app = require('node:fs').readFileSync(require('node:path').join(require('./harness').WEAPP_ROOT, 'app.json'), 'utf8')
  expect(JSON.parse(app).subPackages).toContainEqual({ root: 'packages/admin', pages: ['workers/index', 'redeem/index', 'ledger/index', 'settings/index', 'calendar/index'] })
})

// 住户登记 in the built mini-program: a WeChat user the server does not know (whoami → UNAUTHENTICATED) is sent
// from home to pages/register, picks 社区 → 楼栋 → 门牌 from identity.listCommunities, gives a name and perhaps a
// phone number; a bad number is caught on the phone; identity.register gets the chosen ids, then the session is
// refreshed and the app starts again at home. A server failure shows its message and keeps what was typed.
// Consent: nothing is sent before 我已阅读并同意《用户隐私保护指引》 is ticked; the guide opens with wx.openPrivacyContract;
// WeChat's privacy question (onNeedPrivacyAuthorization, asked before getPhoneNumber) is answered from the page's dialog
// with the agree button's id; a getPhoneNumber code goes to the server instead of a typed number.
import fs from 'node:fs'
import path from 'node:path'
import { startHarness, tapText, waitForText, WEAPP_ROOT, type Harness } from './harness'

const COMMUNITY = { id: 'community-hangkonglu', streetId: 'street-shengli', name: '航空路社区', hotline: '0716-8312345', hall: '居民说事厅', receptionDays: '每月5日、15日、25日（逢五说事）' }
// identity.listCommunities: rooms only, never the names of households.
const COMMUNITIES = [
  {
    id: COMMUNITY.id,
    name: COMMUNITY.name,
    streetName: '胜利街道',
    buildings: [
      { id: 'building-1', name: '航空路12号1栋', households: [{ id: 'household-101', room: '1单元101' }, { id: 'household-202', room: '2单元202' }] },
      { id: 'building-2', name: '航空路12号2栋', households: [{ id: 'household-301', room: '1单元301' }] },
    ],
  },
  { id: 'community-qianjin', name: '前进社区', streetName: '胜利街道', buildings: [{ id: 'building-9', name: '前进路8号', households: [{ id: 'household-901', room: '901' }] }] },
]

let harness: Harness
let page: any
let registered = false
let registerAnswers: any[] = []
const calls: { action: string; payload: any }[] = []

const CONSENT = '☐ 我已阅读并同意《用户隐私保护指引》'
/** WeChat's privacy question, as the page registered it (wx.onNeedPrivacyAuthorization). */
let privacyListener: ((resolve: (answer: unknown) => void, info: unknown) => void) | undefined

beforeAll(() => {
  require('miniprogram-simulate')
  const g = global as any
  Object.assign(g.wx, {
    openPrivacyContract: jest.fn((options: any = {}) => {
      const answer = { errMsg: 'openPrivacyContract:ok' }
      options.success?.(answer)
      options.complete?.(answer)
    }),
    onNeedPrivacyAuthorization: jest.fn((listener: any) => {
      privacyListener = listener
    }),
  })
  harness = startHarness()
  harness.answerWith((name, action, payload: any) => {
    calls.push({ action, payload })
    if (name !== 'identity') return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
    if (action === 'whoami') {
      return registered
        ? { ok: true, data: { user: { userId: 'user-new', name: payload?.name ?? '赵大妈', role: 'resident', streetId: 'street-shengli', communityId: COMMUNITY.id }, community: COMMUNITY } }
        : { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' }
    }
    if (action === 'listCommunities') return { ok: true, data: COMMUNITIES }
    if (action === 'register') {
      const answer = registerAnswers.shift() ?? { ok: true, data: { userId: 'user-new', name: payload.name, role: 'resident', communityId: payload.communityId } }
      if (answer.ok) registered = true
      return answer
    }
    if (action === 'listInbox') return { ok: true, data: { items: [], unread: 0 } }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

beforeEach(() => {
  registered = false
  registerAnswers = []
})

afterEach(() => {
  page?.detach()
  page = undefined
  calls.length = 0
  jest.clearAllMocks()
})

const callsOf = (action: string) => calls.filter((call) => call.action === action).map((call) => call.payload)
const urlsOf = (api: jest.Mock) => api.mock.calls.map(([options]) => options.url)

async function until(condition: () => boolean, what: string, timeoutMs = 3000) {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not happen within ${timeoutMs} ms`)
    await harness.simulate.sleep(20)
  }
}

/** Types into the n-th text box of the page (0: 姓名, 1: 手机号码), as WeChat's input event does. */
function typeInto(index: number, text: string) {
  const boxes = page.dom.querySelectorAll('wx-input')
  const box = boxes[index]
  if (!box) throw new Error(`No text box ${index} on the page: ${page.dom.textContent}`)
  page.querySelector(`#${box.getAttribute('data-sid')}`).dispatchEvent('input', { detail: { value: text, cursor: text.length } })
}

/**
 * The value a text box shows. simulate has no native <input>, so read what Taro hands it: the page data node of the
 * box, under the short key base.wxml binds to the input's `value` (e.g. `value="{{i.p25}}"`).
 */
function valueOf(index: number): string {
  const wxml = fs.readFileSync(path.join(WEAPP_ROOT, 'base.wxml'), 'utf8')
  const key = wxml.match(/<input value="\{\{i\.(\w+)\}\}"/)?.[1]
  if (!key) throw new Error('base.wxml binds no value of <input>')
  const sid = page.dom.querySelectorAll('wx-input')[index]?.getAttribute('data-sid')
  const find = (node: any): any => (node?.sid === sid ? node : (node?.cn ?? []).map(find).find(Boolean))
  const box = find(page.instance.data.root)
  if (!box) throw new Error(`No text box ${index} in the page data`)
  return box[key] ?? ''
}

async function openRegister() {
  page = harness.openPage('pages/register/index')
  await waitForText(page, '您住哪个社区？')
}

test('home sends a WeChat user the server does not know to 住户登记', async () => {
  page = harness.openPage('pages/index/index')
  await until(() => harness.wx.redirectTo.mock.calls.length > 0, 'leaving home')
  expect(urlsOf(harness.wx.redirectTo)).toEqual(['/pages/register/index'])
  expect(page.dom.textContent).not.toContain('请先登录')
  expect(callsOf('whoami')).toHaveLength(1)
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8'))
  expect(appJson.pages).toContain('pages/register/index') // in the main package: the first page a newcomer sees
})

test('says why, lists the communities, then the buildings and rooms of the one chosen, and 找不到我家 skips the room', async () => {
  await openRegister()
  const text = page.dom.textContent
  expect(text).toContain('住户登记')
  expect(text).toContain('为了把您说的事转给对的人，请告诉我们您住在哪里')
  expect(text).toContain('您的姓名、电话和门牌只给办理您事项的工作人员看，公示时会隐去')
  expect(text).toContain('航空路社区')
  expect(text).toContain('前进社区')
  expect(text).not.toContain('航空路12号1栋') // one step at a time
  expect(callsOf('listCommunities')).toEqual([{}])

  tapText(page, '航空路社区')
  await waitForText(page, '住哪一栋？')
  expect(page.dom.textContent).toContain('航空路12号1栋')
  expect(page.dom.textContent).toContain('航空路12号2栋')
  expect(page.dom.textContent).not.toContain('前进路8号')
  expect(page.dom.textContent).not.toContain('前进社区') // folded into the chosen line

  tapText(page, '航空路12号1栋')
  await waitForText(page, '门牌号？')
  expect(page.dom.textContent).toContain('1单元101')
  expect(page.dom.textContent).toContain('2单元202')
  expect(page.dom.textContent).not.toContain('1单元301')
  expect(page.dom.textContent).not.toContain('（可以不填）') // the name and phone only once the place is settled

  tapText(page, '找不到我家')
  await waitForText(page, '不填门牌')
  await waitForText(page, '（可以不填）')
  expect(page.dom.textContent).toContain('手机号码')

  tapText(page, '换社区')
  await waitForText(page, '前进社区')
  expect(page.dom.textContent).not.toContain('（可以不填）')
  expect(callsOf('register')).toHaveLength(0)
})

test('a bad phone number gets a Chinese message and nothing is sent', async () => {
  await openRegister()
  tapText(page, '航空路社区')
  await waitForText(page, '航空路12号2栋')
  tapText(page, '航空路12号2栋')
  await waitForText(page, '1单元301')
  tapText(page, '1单元301')
  await waitForText(page, '（可以不填）')

  tapText(page, '同意并登记')
  await waitForText(page, '请填写您的姓名')
  typeInto(0, '赵桂芳')
  typeInto(1, '1397210')
  await harness.simulate.sleep(50)
  tapText(page, '同意并登记')
  await waitForText(page, '手机号码要填11位数字，不想填可以空着')
  expect(callsOf('register')).toHaveLength(0)
  expect(harness.wx.reLaunch).not.toHaveBeenCalled()
  expect(valueOf(0)).toBe('赵桂芳')
  expect(valueOf(1)).toBe('1397210')
})

test('a good form sends the chosen ids, refreshes the session and starts again at home; a refusal keeps what was typed', async () => {
  registerAnswers = [{ ok: false, code: 'NOT_FOUND', message: '找不到这个门牌' }]
  await openRegister()
  tapText(page, '航空路社区')
  await waitForText(page, '航空路12号1栋')
  tapText(page, '航空路12号1栋')
  await waitForText(page, '2单元202')
  tapText(page, '2单元202')
  await waitForText(page, '（可以不填）')
  typeInto(0, '赵桂芳')
  typeInto(1, '13972100009')
  await harness.simulate.sleep(50)
  tapText(page, CONSENT)
  await waitForText(page, '☑ 我已阅读并同意《用户隐私保护指引》')

  tapText(page, '同意并登记')
  await waitForText(page, '找不到这个门牌') // the server's own words
  expect(valueOf(0)).toBe('赵桂芳')
  expect(valueOf(1)).toBe('13972100009')
  expect(page.dom.textContent).toContain('2单元202')
  expect(harness.wx.reLaunch).not.toHaveBeenCalled()

  const whoamisBefore = callsOf('whoami').length
  tapText(page, '同意并登记')
  await until(() => harness.wx.reLaunch.mock.calls.length > 0, 'starting again at home')
  expect(callsOf('register')).toEqual([
    { communityId: COMMUNITY.id, name: '赵桂芳', phone: '13972100009', householdId: 'household-202', privacyConsent: true },
    { communityId: COMMUNITY.id, name: '赵桂芳', phone: '13972100009', householdId: 'household-202', privacyConsent: true },
  ])
  expect(callsOf('whoami').length).toBe(whoamisBefore + 1) // the session was refreshed before going home
  expect(urlsOf(harness.wx.reLaunch)).toEqual(['/pages/index/index'])
})

test('找不到我家 and no phone: only the community and the name are sent', async () => {
  await openRegister()
  tapText(page, '前进社区')
  await waitForText(page, '前进路8号')
  tapText(page, '找不到我家')
  await waitForText(page, '（可以不填）')
  typeInto(0, ' 钱大爷 ')
  await harness.simulate.sleep(50)
  tapText(page, CONSENT)
  await waitForText(page, '☑ 我已阅读并同意《用户隐私保护指引》')
  tapText(page, '同意并登记')
  await until(() => harness.wx.reLaunch.mock.calls.length > 0, 'starting again at home')
  expect(callsOf('register')).toEqual([{ communityId: 'community-qianjin', name: '钱大爷', privacyConsent: true }])
})

async function toNameAndPhone() {
  await openRegister()
  tapText(page, '航空路社区')
  await waitForText(page, '航空路12号1栋')
  tapText(page, '航空路12号1栋')
  await waitForText(page, '1单元101')
  tapText(page, '1单元101')
  await waitForText(page, '（可以不填）')
  typeInto(0, '钱秀兰')
  await harness.simulate.sleep(50)
}

test('asks for consent with a link to the privacy guide: nothing is sent before it is ticked', async () => {
  await toNameAndPhone()
  expect(page.dom.textContent).toContain(CONSENT)
  tapText(page, '同意并登记')
  await waitForText(page, '请先阅读并同意《用户隐私保护指引》')
  expect(callsOf('register')).toHaveLength(0)

  tapText(page, '查看《用户隐私保护指引》')
  await until(() => (global as any).wx.openPrivacyContract.mock.calls.length > 0, 'opening the privacy guide')
  expect(page.dom.textContent).not.toContain('我们收集什么') // WeChat showed its own guide: no text of the page's

  tapText(page, CONSENT)
  await waitForText(page, '☑ 我已阅读并同意《用户隐私保护指引》')
  tapText(page, '同意并登记')
  await until(() => callsOf('register').length > 0, 'registering')
  expect(callsOf('register')).toEqual([{ communityId: COMMUNITY.id, name: '钱秀兰', householdId: 'household-101', privacyConsent: true }])
})

test('answers WeChat\'s privacy question from its own dialog, and sends the getPhoneNumber code instead of a typed number', async () => {
  await toNameAndPhone()
  expect(privacyListener).toBeDefined()
  // Tapping 用微信手机号 makes WeChat ask first (a privacy API): the page shows its dialog.
  const answers: unknown[] = []
  privacyListener!((answer) => answers.push(answer), { referrer: 'getPhoneNumber' })
  await waitForText(page, '用户隐私保护提示')
  expect(answers).toEqual([{ event: 'exposureAuthorization' }])
  // The dialog's button is WeChat's agree button, with the id the answer names (Taro keeps both in the page data).
  const pageData = JSON.stringify(page.instance.data.root)
  expect(pageData).toContain('agreePrivacyAuthorization')
  expect(pageData).toContain('agree-privacy-button')
  expect(pageData).toContain('getPhoneNumber')
  // Taro renders a component with an `id` under that id: WeChat checks the tapped agree button by it.
  page.querySelector('#agree-privacy-button').dispatchEvent('agreeprivacyauthorization', { detail: {} })
  await until(() => answers.length === 2, 'answering WeChat')
  expect(answers[1]).toEqual({ buttonId: 'agree-privacy-button', event: 'agree' })
  await waitForText(page, '☑ 我已阅读并同意《用户隐私保护指引》') // agreeing there is agreeing here

  // WeChat then gives the number's code: it goes to the server, which exchanges it (verified).
  const phoneButton = Array.from(page.dom.querySelectorAll('wx-button')).find((b: any) => b.textContent.trim() === '用微信手机号（免输入）') as Element
  page.querySelector(`#${phoneButton.getAttribute('data-sid')}`).dispatchEvent('getphonenumber', { detail: { errMsg: 'getPhoneNumber:ok', code: 'code-from-wechat' } })
  await waitForText(page, '用微信绑定的手机号')
  tapText(page, '同意并登记')
  await until(() => callsOf('register').length > 0, 'registering')
  expect(callsOf('register')).toEqual([{ communityId: COMMUNITY.id, name: '钱秀兰', householdId: 'household-101', phoneCode: 'code-from-wechat', privacyConsent: true }])
})

test('the weapp build declares a sitemap that lets no page be indexed', () => {
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8'))
  expect(appJson.sitemapLocation).toBe('sitemap.json')
  expect(JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'sitemap.json'), 'utf8')).rules).toEqual([{ action: 'disallow', page: '*' }])
})

// The case page of the built mini-program, for the petitioner: 接收办理进度提醒 (wx.requestSubscribeMessage inside
// the tap, ≤ 3 templates, then identity.recordConsent with WeChat's answer; the main switch being off is explained)
// and 评价 once the result is published (a stale version reloads the case and says so).
import { startHarness, tapText, waitForText, type Harness } from './harness'

const COMMUNITY = { id: 'community-hangkonglu', streetId: 'street-shengli', name: '航空路社区', hotline: '0716-8312345', hall: '居民说事厅', receptionDays: '每月5日、15日、25日（逢五说事）' }
const RESIDENT = { userId: 'user-wang', name: '王秀英', role: 'resident', streetId: 'street-shengli', communityId: COMMUNITY.id }
// identity.listTemplates: every notice kind has an id; only the petitioner's three may be asked for.
const TEMPLATES = {
  accepted: 'tpl-accepted',
  onAgenda: 'tpl-onAgenda',
  assigned: 'tpl-assigned',
  completedAwaitingRating: 'tpl-completed',
  reopened: 'tpl-reopened',
  referred: 'tpl-referred',
  rateReminder: 'tpl-rateReminder',
  newAssignment: 'tpl-newAssignment',
}

function caseView(overrides: Record<string, unknown> = {}) {
  return {
    id: 'case-7',
    caseNo: 'SS202611280007',
    streetId: 'street-shengli',
    communityId: COMMUNITY.id,
    channel: 'self',
    submittedBy: RESIDENT.userId,
    petitioner: { userId: RESIDENT.userId, name: RESIDENT.name },
    anonymous: false,
    text: '3栋楼道的灯坏了，晚上看不见',
    attachments: [],
    status: 'triaged',
    statusLabel: '已受理',
    stepLabel: '理事',
    version: 2,
    urgency: 'normal',
    escalations: 0,
    idempotencyKey: 'draft-abcdefgh',
    createdAt: '2026-11-28T01:05:00.000Z',
    updatedAt: '2026-11-28T01:05:00.000Z',
    overdue: false,
    allowedActions: [],
    ...overrides,
  }
}

let harness: Harness
let page: any
let current: any = caseView()
let rateAnswers: any[] = []
const calls: { action: string; payload: any }[] = []

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action, payload: any) => {
    calls.push({ action, payload })
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user: RESIDENT, community: COMMUNITY } }
    if (name === 'identity' && action === 'listTemplates') return { ok: true, data: TEMPLATES }
    if (name === 'identity' && action === 'recordConsent') {
      return { ok: true, data: { accepted: Object.keys(payload.results).filter((id) => payload.results[id] === 'accept') } }
    }
    if (name === 'cases' && action === 'get') return { ok: true, data: { case: current, timeline: [] } }
    if (name === 'cases' && action === 'rate') return rateAnswers.shift()
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

afterEach(() => {
  page?.detach()
  page = undefined
  calls.length = 0
  jest.clearAllMocks()
})

const callsOf = (action: string) => calls.filter((call) => call.action === action).map((call) => call.payload)

async function until(condition: () => boolean, what: string, timeoutMs = 3000) {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not happen within ${timeoutMs} ms`)
    await harness.simulate.sleep(20)
  }
}

/** Opens the petitioner's case page and waits until the template ids have arrived (fetched before any tap). */
async function openCase() {
  page = harness.openPage('pages/case/index', { id: 'case-7' })
  await waitForText(page, '接收办理进度提醒')
  await until(() => callsOf('get').length > 0, 'loading the case')
  await harness.simulate.sleep(50) // the template ids, asked for when the button appeared (first time only), have arrived
}

describe('接收办理进度提醒', () => {
  beforeEach(() => {
    current = caseView()
  })

  test('asks WeChat within the tap for at most 3 petitioner templates, then records the answer', async () => {
    let answerDialog = () => {}
    harness.answerSubscribeWith((options) => {
      const answer = { errMsg: 'requestSubscribeMessage:ok', 'tpl-accepted': 'accept', 'tpl-assigned': 'reject', 'tpl-completed': 'accept' }
      answerDialog = () => options.success?.(answer) // the user reads the dialog, then answers
    })
    await openCase()
    const before = harness.subscribeGestures.length

    tapText(page, '接收办理进度提醒')
    await until(() => harness.wx.requestSubscribeMessage.mock.calls.length > 0, 'asking WeChat')
    expect(harness.wx.requestSubscribeMessage).toHaveBeenCalledTimes(1)
    // Inside the tap: called while the tap handler was still running, before anything was awaited.
    expect(harness.subscribeGestures.slice(before)).toEqual([true])
    const { tmplIds } = harness.wx.requestSubscribeMessage.mock.calls[0][0]
    expect(tmplIds.length).toBeLessThanOrEqual(3)
    expect(tmplIds).toEqual(['tpl-accepted', 'tpl-assigned', 'tpl-completed'])
    await waitForText(page, '正在开启提醒…')
    expect(callsOf('recordConsent')).toHaveLength(0) // not before the user answered

    answerDialog()
    await waitForText(page, '事情有进展时，微信会提醒您')
    expect(callsOf('recordConsent')).toEqual([{ results: { 'tpl-accepted': 'accept', 'tpl-assigned': 'reject', 'tpl-completed': 'accept' } }])
  })

  test('the main switch turned off: says how to turn it on, records nothing, and the page keeps working', async () => {
    harness.answerSubscribeWith((options) => {
      const error = { errMsg: 'requestSubscribeMessage:fail:The main switch is switched off', errCode: 20004 }
      options.fail?.(error)
      options.complete?.(error)
    })
    await openCase()
    tapText(page, '接收办理进度提醒')
    await waitForText(page, '打开“接收通知”后再点一次')
    expect(page.dom.textContent).toContain('右上角“···”→“设置”')
    expect(harness.wx.requestSubscribeMessage).toHaveBeenCalledTimes(1)
    expect(callsOf('recordConsent')).toHaveLength(0)
    expect(page.dom.textContent).toContain('办理记录')
  })

  test('any other failure gives a short message', async () => {
    harness.answerSubscribeWith((options) => options.fail?.({ errMsg: 'requestSubscribeMessage:fail', errCode: 10002 }))
    await openCase()
    tapText(page, '接收办理进度提醒')
    await waitForText(page, '暂时无法开启提醒，请稍后再试')
    expect(callsOf('recordConsent')).toHaveLength(0)
  })
})

test("the harness enforces WeChat's rule: outside a tap the dialog is refused", () => {
  const before = harness.subscribeGestures.length
  const fail = jest.fn()
  harness.wx.requestSubscribeMessage({ tmplIds: ['tpl-accepted'], fail })
  expect(harness.subscribeGestures.slice(before)).toEqual([false])
  expect(fail).toHaveBeenCalledWith(expect.objectContaining({ errMsg: expect.stringContaining('TAP gesture') }))
})

describe('评价', () => {
  const published = () =>
    caseView({ status: 'published', statusLabel: '已公示待评价', stepLabel: '评事', version: 6, publishedResult: '已更换楼道灯', allowedActions: ['rate'] })

  test('a stale version reloads the case and says so; the retry sends the new version and shows the new status', async () => {
    current = published()
    rateAnswers = [{ ok: false, code: 'STALE_VERSION', message: '事项已被他人更新，请刷新后再试' }]
    page = harness.openPage('pages/case/index', { id: 'case-7' })
    await waitForText(page, '请您评价')
    expect(page.dom.textContent).not.toContain('接收办理进度提醒') // the published case waits for a rating, not a reminder
    for (const label of ['满意', '基本满意', '不满意']) expect(page.dom.textContent).toContain(label)

    tapText(page, '提交评价')
    await waitForText(page, '请先选一个')
    expect(callsOf('rate')).toHaveLength(0)

    tapText(page, '基本满意')
    await waitForText(page, '已选')
    current = { ...published(), version: 7 } // someone else changed it meanwhile
    tapText(page, '提交评价')
    await waitForText(page, '已为您刷新')
    expect(callsOf('rate')).toEqual([{ caseId: 'case-7', version: 6, rating: 'basicallySatisfied' }])

    const rated = { ...published(), status: 'rated', statusLabel: '已评价', version: 8, allowedActions: [], rating: { value: 'basicallySatisfied', at: '2026-11-30T02:00:00.000Z' } }
    rateAnswers = [{ ok: true, data: rated }]
    tapText(page, '满意')
    await waitForText(page, '已选')
    current = rated // what cases.get answers once the rating is stored
    tapText(page, '提交评价')
    await waitForText(page, '感谢您的评价')
    await waitForText(page, '评事 · 已评价')
    expect(callsOf('rate').at(-1)).toEqual({ caseId: 'case-7', version: 7, rating: 'satisfied' })
    expect(page.dom.textContent).not.toContain('提交评价')
  })
})

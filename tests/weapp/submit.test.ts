// 我要说事 in the built mini-program: the text goes to cases.submit with one idempotency key per draft,
// a failed send keeps the draft and its key, and success shows the case number, offers 接收办理进度提醒
// (asked for inside the tap, then recorded) and opens the case.
import { startHarness, tapText, waitForText, type Harness } from './harness'

const COMMUNITY = { id: 'community-hangkonglu', streetId: 'street-shengli', name: '航空路社区', hotline: '0716-8312345', hall: '居民说事厅', receptionDays: '每月5日、15日、25日（逢五说事）' }
const RESIDENT = { userId: 'user-wang', name: '王秀英', role: 'resident', streetId: 'street-shengli', communityId: COMMUNITY.id }
const REPORT = '3栋楼道的灯坏了，晚上看不见'

let harness: Harness
let page: any
const submits: any[] = []
const consents: any[] = []
let failNextSubmit = true

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action, payload) => {
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user: RESIDENT, community: COMMUNITY } }
    if (name === 'identity' && action === 'listTemplates') return { ok: true, data: { accepted: 'tpl-a', assigned: 'tpl-b', completedAwaitingRating: 'tpl-c', urgent: 'tpl-u' } }
    if (name === 'identity' && action === 'recordConsent') {
      consents.push(payload)
      return { ok: true, data: { accepted: ['tpl-a', 'tpl-b', 'tpl-c'] } }
    }
    if (name === 'cases' && action === 'submit') {
      submits.push(payload)
      if (failNextSubmit) {
        failNextSubmit = false
        throw new Error('request:fail timeout') // the phone lost its connection
      }
      const at = '2026-11-28T01:05:00.000Z'
      return { ok: true, data: { id: 'case-1', caseNo: 'SS202611280001', text: REPORT, status: 'submitted', statusLabel: '待受理', stepLabel: '说事', createdAt: at, overdue: false, allowedActions: [] } }
    }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

afterAll(() => page?.detach())

function typeInto(text: string) {
  const box = page.dom.querySelector('wx-textarea')
  if (!box) throw new Error(`No text box on the page: ${page.dom.textContent}`)
  page.querySelector(`#${box.getAttribute('data-sid')}`).dispatchEvent('input', { detail: { value: text, cursor: text.length } })
}

test('types a report, survives a lost connection, and submits it exactly once', async () => {
  page = harness.openPage('pages/submit/index')
  await waitForText(page, '0/1000字')

  tapText(page, '提交')
  await waitForText(page, '请填写事项内容') // checked on the phone before anything is sent
  expect(submits).toHaveLength(0)

  typeInto(REPORT)
  await waitForText(page, `${Array.from(REPORT).length}/1000字`)

  tapText(page, '提交')
  await waitForText(page, '网络不给力，请稍后重试')
  expect(submits).toHaveLength(1)

  tapText(page, '提交')
  await waitForText(page, '已收到您说的事')
  expect(page.dom.textContent).toContain('编号 SS202611280001')

  expect(submits).toHaveLength(2)
  expect(submits[0]).toEqual({ communityId: COMMUNITY.id, text: REPORT, channel: 'self', attachments: [], anonymous: false, idempotencyKey: expect.stringMatching(/^draft-[a-z0-9-]{8,}$/) })
  expect(submits[1].idempotencyKey).toBe(submits[0].idempotencyKey) // the retry cannot create a second case

  // 接收办理进度提醒: WeChat is asked inside the tap (the ids were fetched when the page opened), then the answer is recorded.
  const before = harness.subscribeGestures.length
  tapText(page, '接收办理进度提醒')
  await waitForText(page, '事情有进展时，微信会提醒您')
  expect(harness.subscribeGestures.slice(before)).toEqual([true])
  expect(harness.wx.requestSubscribeMessage.mock.calls.at(-1)[0].tmplIds).toEqual(['tpl-a', 'tpl-b', 'tpl-c'])
  expect(consents).toEqual([{ results: { 'tpl-a': 'accept', 'tpl-b': 'accept', 'tpl-c': 'accept' } }])

  tapText(page, '查看进度')
  for (let i = 0; i < 100 && harness.wx.redirectTo.mock.calls.length === 0; i++) await harness.simulate.sleep(20)
  expect(harness.wx.redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/case/index?id=case-1' }))

  tapText(page, '再说一件事')
  await waitForText(page, '0/1000字') // a fresh draft, with a new key for the next report
})

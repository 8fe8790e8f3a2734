// 定题说事, the resident's answer page in the built mini-program: the question in large type, the options, a box for
// their words; 提交意见 sends the choice with a client key (the same key on a retry after a failure, a new one after
// success), then the page shows the answer and 保存修改; a household already answered by someone else shows who.
import { startHarness, tapText, waitForText, type Harness } from './harness'
import { COMMUNITY, userOf } from './queue-support'

const TOPIC = {
  id: 'topic-1', question: '一楼楼道是否封闭垃圾通道？', description: '垃圾通道异味大，物业建议封闭。', status: 'open', statusLabel: '征询中',
  audience: 'buildings', audienceLabel: '航空路小区1栋', opensOn: '2026-11-30', closesOn: '2026-12-07', periodLabel: '11月30日至12月7日',
  perHousehold: true, answered: false, options: [{ id: 'o1', label: '同意封闭' }, { id: 'o2', label: '不同意' }], allowComment: true,
  buildingNames: ['航空路小区1栋'], canAnswer: true, canManage: false,
}
const ANSWERED = { ...TOPIC, answered: true, myAnswer: { optionId: 'o2', comment: '老人下楼不方便', updatedAt: '2026-11-30T02:05:00.000Z', respondentName: '王秀英', mine: true, channel: 'app' } }

let harness: Harness
let page: any
let view: unknown = TOPIC
let answerReply: () => unknown = () => ({ ok: true, data: ANSWERED })
const answers: any[] = []
const consents: any[] = []

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action, payload) => {
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user: userOf('user-wang', '王秀英', 'resident'), community: COMMUNITY } }
    if (action === 'getTopic') return { ok: true, data: view }
    if (action === 'listTemplates') return { ok: true, data: { accepted: 'tpl-accepted', topicOpened: 'tpl-topic' } }
    if (action === 'recordConsent') {
      consents.push(payload)
      return { ok: true, data: { accepted: ['tpl-topic'] } }
    }
    if (action === 'answerTopic') {
      answers.push(payload)
      return answerReply() as never
    }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})
afterEach(() => {
  page?.detach()
  page = undefined
  answers.length = 0
})

function typeComment(text: string) {
  const box = page.dom.querySelector('wx-textarea')
  page.querySelector(`#${box.getAttribute('data-sid')}`).dispatchEvent('input', { detail: { value: text, cursor: text.length } })
}

test('answers with the chosen option and a comment, keeping the key across a failed try', async () => {
  view = TOPIC
  page = harness.openPage('packages/topics/answer/index', { id: 'topic-1' })
  await waitForText(page, '一楼楼道是否封闭垃圾通道？')
  expect(page.dom.textContent).toContain('征求意见：11月30日至12月7日，每户一份意见')
  tapText(page, '不同意')
  await waitForText(page, '不同意已选')
  typeComment('老人下楼不方便')
  answerReply = () => ({ ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' })
  tapText(page, '提交意见')
  await waitForText(page, '系统繁忙，请稍后再试')
  answerReply = () => ({ ok: true, data: ANSWERED })
  tapText(page, '提交意见')
  await waitForText(page, '已提交，谢谢您！截止前还可以修改。')
  expect(answers).toHaveLength(2)
  expect(answers[0]).toEqual({ topicId: 'topic-1', optionId: 'o2', comment: '老人下楼不方便', idempotencyKey: expect.stringMatching(/^topic-/) })
  expect(answers[1].idempotencyKey).toBe(answers[0].idempotencyKey)
  await waitForText(page, '保存修改')
  expect(page.dom.textContent).toContain('您已于11月30日 10:05发表意见：不同意')

  tapText(page, '同意封闭')
  await waitForText(page, '同意封闭已选')
  tapText(page, '保存修改')
  for (let i = 0; i < 50 && answers.length < 3; i++) await harness.simulate.sleep(20)
  expect(answers[2]).toMatchObject({ optionId: 'o1', comment: '老人下楼不方便' })
  expect(answers[2].idempotencyKey).not.toBe(answers[0].idempotencyKey)
})

test('a household answered by someone else: says who, offers no form', async () => {
  view = { ...TOPIC, canAnswer: false, answerBlocked: '您家已由王**作答，每户一份意见', myAnswer: { ...ANSWERED.myAnswer, respondentName: '王**', mine: false } }
  page = harness.openPage('packages/topics/answer/index', { id: 'topic-1' })
  await waitForText(page, '您家已由王**作答，每户一份意见')
  expect(page.dom.textContent).toContain('您家（王**）已于11月30日 10:05发表意见：不同意')
  expect(page.dom.textContent).not.toContain('提交意见')
})

test('有新的定题说事时提醒我 asks WeChat within the tap for the topic template and records the answer', async () => {
  view = TOPIC
  harness.answerSubscribeWith((options) => options.success?.({ errMsg: 'requestSubscribeMessage:ok', 'tpl-topic': 'accept' }))
  page = harness.openPage('packages/topics/answer/index', { id: 'topic-1' })
  await waitForText(page, '有新的定题说事时提醒我')
  await harness.simulate.sleep(50) // the template ids arrive
  const before = harness.subscribeGestures.length
  tapText(page, '有新的定题说事时提醒我')
  await waitForText(page, '社区就您这栋楼征求意见时，微信会提醒您')
  expect(harness.subscribeGestures.slice(before)).toEqual([true])
  expect(harness.wx.requestSubscribeMessage.mock.calls.at(-1)[0].tmplIds).toEqual(['tpl-topic'])
  expect(consents).toEqual([{ results: { 'tpl-topic': 'accept' } }])
})

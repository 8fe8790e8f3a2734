// 待办事项 in the built mini-program: each card counts down to its deadline in working days (and says 已超期,
// 语音待转写 for a recording that waits for its gist, or 需尽快核实 for a suspected emergency not yet sorted); on a
// phone a tap opens the case page. 开启工作提醒 shows which of the worker's notice kinds are on and, in the tap itself,
// asks WeChat for at most 3 templates — the kinds not on yet first — then records the answer and reloads the credits.
import { workingDaysLeft } from '../../src/core/domain/deadlines'
import { NOTICE_LABELS, WORKER_NOTICE_KINDS, type NoticeKind } from '../../src/core/domain/notice-kinds'
import { tapText, waitForText } from './harness'
import { DAY, NOT_FOUND, useWorkHarness, userOf, workCase } from './queue-support'

const STAFF_KINDS = WORKER_NOTICE_KINDS.staff as NoticeKind[]
const TEMPLATES = Object.fromEntries(STAFF_KINDS.map((kind) => [kind, `tpl-${kind}`]))
const lateDue = new Date(Date.now() - 10 * DAY).toISOString()
const laterDue = new Date(Date.now() + 9 * DAY).toISOString()
const QUEUE = {
  items: [
    workCase('case-01', { text: '3栋楼道的灯坏了', dueAt: lateDue, overdue: true }),
    workCase('case-02', { text: '小区门口井盖松动', dueAt: laterDue }),
    workCase('case-03', { text: '学校门口的井盖被掀走了，只剩一个深洞', status: 'submitted', statusLabel: '待受理', stepLabel: '说事', unitName: undefined, checkSoon: '井盖缺失或坑洞有坠落危险' }),
    workCase('case-04', { text: '语音说事', status: 'submitted', statusLabel: '待受理', stepLabel: '说事', unitName: undefined, needsTranscript: true }),
  ],
}

let credits: Record<string, number> = { [STAFF_KINDS[0]]: 1 }
const work = useWorkHarness(userOf('user-staff-chen', '陈静', 'staff'), (name, action, payload: any) => {
  if (name === 'identity' && action === 'listTemplates') return { ok: true, data: TEMPLATES }
  if (name === 'identity' && action === 'listConsents') return { ok: true, data: { credits } }
  if (name === 'identity' && action === 'recordConsent') {
    const accepted = Object.keys(payload.results).filter((id) => payload.results[id] === 'accept')
    for (const id of accepted) credits = { ...credits, [id.replace(/^tpl-/, '')]: (credits[id.replace(/^tpl-/, '')] ?? 0) + 1 }
    return { ok: true, data: { accepted } }
  }
  if (name === 'cases' && action === 'listQueue') return { ok: true, data: QUEUE }
  return NOT_FOUND
})
const label = (kind: NoticeKind) => NOTICE_LABELS[kind]

test('each card counts down in working days and says 已超期; a tap on a phone opens the case page', async () => {
  const page = work.open('packages/work/queue/index')
  await waitForText(page, '小区门口井盖松动')
  const cards = work.withClass('case-card')
  expect(cards).toHaveLength(4)
  expect(cards[0].textContent).toContain(`已超期 ${-workingDaysLeft(new Date(), lateDue)} 个工作日`)
  expect(work.withClass('case-card__overdue').map((el) => el.textContent)).toEqual(['已超期'])
  expect(cards[0].textContent).toContain('承办：胜利街道环卫所')
  expect(cards[1].textContent).toContain(`还剩 ${workingDaysLeft(new Date(), laterDue)} 个工作日`)
  expect(cards[2].textContent).not.toContain('个工作日') // not yet with a unit: no deadline
  // A recording alone waits for staff to type its gist.
  expect(work.withClass('case-card__voice').map((el) => el.textContent)).toEqual(['语音待转写'])
  expect(cards[3].textContent).toContain('语音待转写')
  // The classifier suspects an emergency in a case not yet sorted: staff are asked to check within the hour.
  expect(work.withClass('case-card__check-soon').map((el) => el.textContent)).toEqual(['需尽快核实：疑似井盖缺失或坑洞有坠落危险'])
  expect(cards[2].textContent).toContain('需尽快核实')
  tapText(page, '小区门口井盖松动')
  await work.harness.simulate.sleep(50)
  expect(work.harness.wx.navigateTo.mock.calls.map(([options]: any[]) => options.url)).toEqual(['/pages/case/index?id=case-02'])
})

test('开启工作提醒: shows what is on, asks within the tap for 3 kinds not on yet, records and refreshes', async () => {
  credits = { [STAFF_KINDS[0]]: 1 }
  const page = work.open('packages/work/queue/index')
  await waitForText(page, '已开启')
  const kindsShown = (state: 'on' | 'off') => work.withClass(`work-reminders__kind--${state}`).map((el) => el.textContent)
  expect(kindsShown('on')).toEqual([label(STAFF_KINDS[0])])
  expect(kindsShown('off')).toEqual(STAFF_KINDS.slice(1).map(label))
  const before = work.harness.subscribeGestures.length

  tapText(page, '开启工作提醒')
  await waitForText(page, '有新的工作时，微信会提醒您')
  expect(work.harness.subscribeGestures.slice(before)).toEqual([true]) // inside the tap, before anything was awaited
  const { tmplIds } = work.harness.wx.requestSubscribeMessage.mock.calls[0][0]
  expect(tmplIds).toEqual(STAFF_KINDS.slice(1, 4).map((kind) => `tpl-${kind}`))
  expect(work.callsOf('recordConsent')).toEqual([{ results: Object.fromEntries(tmplIds.map((id: string) => [id, 'accept'])) }])
  await waitForText(page, label(STAFF_KINDS[4])) // still off, so still listed
  for (let i = 0; i < 50 && kindsShown('on').length < 4; i++) await work.harness.simulate.sleep(20)
  expect(kindsShown('on')).toEqual(STAFF_KINDS.slice(0, 4).map(label))
  expect(kindsShown('off')).toEqual([label(STAFF_KINDS[4])])

  // The next tap asks for the rest first, then tops up the earliest.
  tapText(page, '开启工作提醒')
  await work.harness.simulate.sleep(50)
  const next = work.harness.wx.requestSubscribeMessage.mock.calls[1][0].tmplIds
  expect(next).toEqual([...STAFF_KINDS.slice(4), ...STAFF_KINDS].slice(0, 3).map((kind) => `tpl-${kind}`))
})

test('the main switch turned off: says how to turn it on and records nothing', async () => {
  work.harness.answerSubscribeWith((options) => options.fail?.({ errMsg: 'requestSubscribeMessage:fail:The main switch is switched off', errCode: 20004 }))
  const page = work.open('packages/work/queue/index')
  await waitForText(page, '开启工作提醒')
  await work.harness.simulate.sleep(50)
  tapText(page, '开启工作提醒')
  await waitForText(page, '打开“接收通知”后再点一次')
  expect(work.callsOf('recordConsent')).toHaveLength(0)
})

// The case page's action forms in the BUILT mini-program, as staff and as the handling unit: the action bar comes from
// allowedActions; 受理分类 is prefilled from the suggestion so one tap accepts it; bad input (working days outside
// 1–60, an empty required note) is refused inline and nothing is sent; STALE_VERSION reloads the case and keeps what
// was typed; after a change the page shows the new state.
import { startHarness, tapText, waitForText, type Harness } from './harness'

const COMMUNITY = { id: 'community-hangkonglu', streetId: 'street-shengli', name: '航空路社区', hotline: '0716-8312345', hall: '居民说事厅', receptionDays: '每月5日、15日、25日（逢五说事）' }
const STAFF = { userId: 'user-staff-chen', name: '陈静', role: 'staff', streetId: 'street-shengli', communityId: COMMUNITY.id }
const HANDLER = { userId: 'user-handler-sun', name: '孙强', role: 'handler', streetId: 'street-shengli', unitId: 'unit-sanitation' }
const UNITS = [
  { id: 'unit-sanitation', streetId: 'street-shengli', name: '胜利街道环卫所', kind: 'sanitation' },
  { id: 'unit-city', streetId: 'street-shengli', name: '沙市区城管执法胜利中队', kind: 'cityManagement' },
]

function caseView(overrides: Record<string, unknown> = {}) {
  return {
    id: 'case-9',
    caseNo: 'SS202612050009',
    streetId: 'street-shengli',
    communityId: COMMUNITY.id,
    channel: 'self',
    submittedBy: 'user-wang',
    petitioner: { userId: 'user-wang', name: '王秀英', phone: '13972100001', room: '航空路小区1栋1单元101' },
    anonymous: false,
    text: '垃圾站三天没清运了，臭味很大',
    attachments: [],
    status: 'submitted',
    statusLabel: '待受理',
    stepLabel: '说事',
    version: 1,
    urgency: 'normal',
    suggestion: { category: 'sanitation', urgent: false, urgentReasons: [], unit: '环卫所', unitId: 'unit-sanitation', confidence: 0.91, top3: [{ category: 'sanitation', score: 0.91 }, { category: 'property', score: 0.05 }, { category: 'other', score: 0.02 }] },
    escalations: 0,
    idempotencyKey: 'draft-abcdefgh',
    createdAt: '2026-12-05T01:05:00.000Z',
    updatedAt: '2026-12-05T01:05:00.000Z',
    overdue: false,
    allowedActions: ['triage', 'resolveOnSpot', 'mergeDuplicate', 'refer'],
    ...overrides,
  }
}

let harness: Harness
let page: any
let user: any = STAFF
let current: any
let timeline: any[] = []
let answers: Record<string, any[]> = {}
const calls: { action: string; payload: any }[] = []

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action, payload: any) => {
    calls.push({ action, payload })
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user, community: COMMUNITY } }
    if (name === 'identity' && action === 'getDirectory') return { ok: true, data: { communities: [COMMUNITY], grids: [], units: UNITS, buildings: [] } }
    if (name === 'identity' && action === 'listTemplates') return { ok: true, data: {} }
    if (name === 'cases' && action === 'get') return { ok: true, data: { case: current, timeline } }
    const queued = answers[action]?.shift()
    if (queued) return queued
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

afterEach(() => {
  page?.detach()
  page = undefined
  calls.length = 0
  answers = {}
  timeline = []
})

const callsOf = (action: string) => calls.filter((call) => call.action === action).map((call) => call.payload)

async function until(condition: () => boolean, what: string, timeoutMs = 3000) {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not happen within ${timeoutMs} ms`)
    await harness.simulate.sleep(20)
  }
}

async function openCase() {
  page = harness.openPage('pages/case/index', { id: 'case-9' })
  await waitForText(page, '办理记录')
}

function typeInto(index: number, text: string, tag = 'wx-textarea') {
  const box = page.dom.querySelectorAll(tag)[index]
  if (!box) throw new Error(`No ${tag} ${index}: ${page.dom.textContent}`)
  page.querySelector(`#${box.getAttribute('data-sid')}`).dispatchEvent('input', { detail: { value: text, cursor: text.length } })
}

test('staff: the action bar is allowedActions; 受理分类 prefilled from the suggestion is accepted in one tap', async () => {
  user = STAFF
  current = caseView()
  await openCase()
  await waitForText(page, '智能分类建议')
  await waitForText(page, '拨打 13972100001')
  // The bar (between 您可以 and the record) holds exactly the allowed actions, main ones first.
  const bar = String(page.dom.textContent).split('您可以')[1].split('办理记录')[0]
  expect(bar).toBe('受理分类当场解决合并重复转交')

  tapText(page, '受理分类')
  await waitForText(page, '确认受理')
  const triaged = caseView({ status: 'triaged', statusLabel: '已受理', stepLabel: '理事', version: 2, category: 'sanitation', categoryLabel: '环境卫生', unitId: 'unit-sanitation', unitName: '胜利街道环卫所', allowedActions: ['putOnAgenda', 'assign'] })
  answers.triage = [{ ok: true, data: triaged }]
  tapText(page, '确认受理')
  current = triaged // what the server holds once triage went through
  await until(() => callsOf('triage').length === 1, 'sending triage')
  expect(callsOf('triage')[0]).toEqual({ caseId: 'case-9', version: 1, category: 'sanitation', urgency: 'normal', unitId: 'unit-sanitation', attachments: [] })
  await waitForText(page, '已完成：受理分类')
  await waitForText(page, '理事 · 已受理')
  await waitForText(page, '列入议事会')
})

test('staff: a report the classifier is unsure about shows 需尽快核实 with the situation, not 紧急', async () => {
  user = STAFF
  current = caseView({
    text: '学校门口的井盖被掀走了，只剩一个深洞',
    suggestion: { ...caseView().suggestion, category: 'facility', unit: '城管', checkSoon: '井盖缺失或坑洞有坠落危险' },
  })
  await openCase()
  await waitForText(page, '需尽快核实：疑似井盖缺失或坑洞有坠落危险，请一小时内核实')
  expect(String(page.dom.textContent)).not.toContain('紧急程度：一般')
})

test('staff: a voice-only report shows 语音待转写; the gist typed in 受理分类 goes with the category', async () => {
  user = STAFF
  const voice = { fileId: 'cloud://shuoshi-env.7368-shuoshi/cases/2026-12-05/voice-abcdefgh.mp3', kind: 'audio', name: 'voice.mp3' }
  current = caseView({ text: '语音说事', attachments: [voice], suggestion: undefined, needsTranscript: true })
  await openCase()
  await waitForText(page, '语音待转写')
  tapText(page, '受理分类')
  await waitForText(page, '录音内容摘要')
  expect(page.dom.textContent).not.toContain('没有智能分类建议')
  typeInto(0, '垃圾站三天没清运，臭味很大')
  tapText(page, '环境卫生')
  const triaged = caseView({ status: 'triaged', statusLabel: '已受理', stepLabel: '理事', version: 2, text: '垃圾站三天没清运，臭味很大', attachments: [voice], category: 'sanitation', categoryLabel: '环境卫生', allowedActions: [] })
  answers.triage = [{ ok: true, data: triaged }]
  tapText(page, '确认受理')
  current = triaged
  timeline = [{ id: 'e2', caseId: 'case-9', seq: 2, action: 'triage', fromStatus: 'submitted', toStatus: 'triaged', actorId: 'user-staff-chen', actorName: '陈静', actorRole: 'staff', at: '2026-12-05T02:00:00.000Z', attachments: [], data: { category: 'sanitation', categoryLabel: '环境卫生', urgency: 'normal', gist: '垃圾站三天没清运，臭味很大', originalText: '语音说事', audio: [voice.fileId] } }]
  await until(() => callsOf('triage').length === 1, 'sending triage')
  expect(callsOf('triage')[0]).toMatchObject({ caseId: 'case-9', version: 1, category: 'sanitation', urgency: 'normal', gist: '垃圾站三天没清运，臭味很大' })
  // The record says the text came from staff listening to the recording.
  await waitForText(page, '录音内容：垃圾站三天没清运，臭味很大（工作人员听录音整理）')
  expect(page.dom.textContent).not.toContain('语音待转写')
})

test('staff: working days outside 1–60 are refused inline and nothing is sent; the deadline shows before confirming', async () => {
  user = STAFF
  current = caseView({ status: 'triaged', statusLabel: '已受理', stepLabel: '理事', version: 2, allowedActions: ['putOnAgenda', 'assign'] })
  await openCase()
  tapText(page, '交办')
  await waitForText(page, '确认交办')
  await waitForText(page, '截止：') // 5 working days preselected
  typeInto(0, '61', 'wx-input')
  await waitForText(page, '办理时限应在1到60个工作日之间')
  tapText(page, '确认交办')
  await waitForText(page, '办理时限（工作日）应在1到60之间')
  expect(callsOf('assign')).toHaveLength(0)
})

test('staff: a meeting date in the past and a reason over 500 characters are refused inline; nothing is sent', async () => {
  user = STAFF
  current = caseView({ status: 'triaged', statusLabel: '已受理', stepLabel: '理事', version: 2, allowedActions: ['putOnAgenda', 'assign', 'refer'] })
  await openCase()
  tapText(page, '列入议事会')
  await waitForText(page, '确认上会')
  typeInto(0, '2020-01-06', 'wx-input')
  tapText(page, '确认上会')
  await waitForText(page, '议事日期不能早于今天')
  expect(callsOf('putOnAgenda')).toHaveLength(0)

  tapText(page, '转交')
  await waitForText(page, '确认转交')
  tapText(page, '确认转交')
  await waitForText(page, '请填写转交部门')
  typeInto(0, '区人社局劳动监察大队', 'wx-input')
  typeInto(0, '因'.repeat(501))
  tapText(page, '确认转交')
  await waitForText(page, '转交原因不能超过500个字')
  expect(callsOf('refer')).toHaveLength(0)
})

test('handler: STALE_VERSION reloads the case and keeps the typed progress note', async () => {
  user = HANDLER
  current = caseView({ status: 'inProgress', statusLabel: '办理中', stepLabel: '办事', version: 4, unitId: 'unit-sanitation', unitName: '胜利街道环卫所', dueAt: '2026-12-11T15:59:59.999Z', allowedActions: ['progress', 'requestExtension', 'returnToStaff', 'complete'] })
  await openCase()
  await waitForText(page, '承办单位：胜利街道环卫所')
  tapText(page, '办理进展')
  await waitForText(page, '报告进展')
  tapText(page, '报告进展') // empty: the note is required
  await waitForText(page, '请填写说明')
  expect(callsOf('progress')).toHaveLength(0)

  typeInto(0, '清运车已到，正在清理')
  answers.progress = [{ ok: false, code: 'STALE_VERSION', message: '事项已被他人更新，请刷新后再试' }]
  current = { ...current, version: 5 }
  const loadsBefore = callsOf('get').length
  tapText(page, '报告进展')
  await waitForText(page, '这件事刚被别人更新过，已为您刷新')
  expect(callsOf('get').length).toBeGreaterThan(loadsBefore)
  expect(callsOf('progress')[0]).toMatchObject({ caseId: 'case-9', version: 4, note: '清运车已到，正在清理' })

  answers.progress = [{ ok: true, data: { ...current, version: 6 } }]
  tapText(page, '报告进展')
  await until(() => callsOf('progress').length === 2, 'sending again')
  expect(callsOf('progress')[1]).toMatchObject({ version: 5, note: '清运车已到，正在清理' }) // what was typed was kept
  await waitForText(page, '已完成：办理进展')
})

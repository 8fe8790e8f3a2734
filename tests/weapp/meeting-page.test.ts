// The meeting page in the built mini-program: details, the check-in code, the attendance sheet (到 / 缺 send
// recordAttendance), the agenda, and the per-item minutes form that sends recordMinutes; a participant checks in
// with the code; a scanned mini-program code (scene) opens the meeting and fills the code in.
import { startHarness, tapText, waitForText, type Harness } from './harness'
import { COMMUNITY, userOf } from './queue-support'

const BASE = {
  id: 'm1', streetId: 'street-shengli', communityId: COMMUNITY.id, kind: 'roundtable', kindLabel: '议事会', title: '12月3日议事会', date: '2026-12-03', time: '14:30',
  place: '居民说事厅', hostId: 'user-staff-chen', hostName: '陈静', status: 'planned', statusLabel: '待召开', version: 3, createdBy: 'user-staff-chen',
  createdAt: '2026-12-01T02:00:00.000Z', updatedAt: '2026-12-01T02:00:00.000Z',
  participants: [
    { id: 'p1', part: 'deputy', partLabel: '两代表一委员', name: '刘代表' },
    { id: 'p2', part: 'partyConcerned', partLabel: '当事人', name: '刘建国', userId: 'user-liu', attendance: 'present', checkedInBy: 'self' },
  ],
  items: [
    { id: 'case-c1', kind: 'case', caseId: 'c1', caseNo: 'SS202612010001', title: '楼道堆放杂物，邻里协商清理', caseStatusLabel: '待上会' },
    { id: 'i2', kind: 'free', title: '小区停车管理办法', minutes: { summary: '征求意见', decision: '先公示草案两周', unitIds: ['unit-committee'], recordedAt: 'x', recordedBy: '陈静' }, unitNames: ['航空路社区居委会'] },
  ],
}
const STAFF_VIEW = { ...BASE, checkInCode: '482913', mayCheckIn: false, allowedActions: ['updateMeeting', 'addParticipant', 'removeParticipant', 'addAgendaItem', 'recordAttendance', 'markHeld', 'recordMinutes'] }
const PARTY_VIEW = { ...BASE, participants: [{ ...BASE.participants[0], name: '刘**' }, { ...BASE.participants[1], attendance: undefined, checkedInBy: undefined }], mayCheckIn: true, allowedActions: [] }

let harness: Harness
let page: any
let user = userOf('user-staff-chen', '陈静', 'staff')
let view: Record<string, unknown> = STAFF_VIEW
const calls: Array<{ action: string; payload: any }> = []

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action, payload) => {
    calls.push({ action, payload })
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user, community: COMMUNITY } }
    if (name === 'identity' && action === 'getDirectory') return { ok: true, data: { units: [{ id: 'unit-sanitation', name: '胜利街道环卫所' }, { id: 'unit-property', name: '荆州宏远物业公司' }], grids: [], buildings: [] } }
    if (name === 'meetings') return { ok: true, data: view }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})
afterEach(() => {
  page?.detach()
  calls.length = 0
})
const callsOf = (action: string) => calls.filter((c) => c.action === action).map((c) => c.payload)
function typeInto(index: number, text: string, tag = 'wx-textarea') {
  const box = page.dom.querySelectorAll(tag)[index]
  if (!box) throw new Error(`No ${tag} ${index}: ${page.dom.textContent}`)
  page.querySelector(`#${box.getAttribute('data-sid')}`).dispatchEvent('input', { detail: { value: text, cursor: text.length } })
}

test('staff: details, the code, the attendance sheet and the agenda with its minutes', async () => {
  user = userOf('user-staff-chen', '陈静', 'staff')
  view = STAFF_VIEW
  page = harness.openPage('packages/work/meeting/index', { id: 'm1' })
  await waitForText(page, '12月3日议事会')
  for (const text of ['时间：12月3日 14:30', '地点：居民说事厅', '主持：陈静', '待召开', '482913', '两代表一委员', '当事人', '参会人员（2）', '议程（2）', '楼道堆放杂物，邻里协商清理', '决议：先公示草案两周', '承办：航空路社区居委会']) {
    expect([text, String(page.dom.textContent).includes(text)]).toEqual([text, true])
  }
  expect(callsOf('getMeeting')).toEqual([{ meetingId: 'm1' }])
  tapText(page, '到')
  await harness.simulate.sleep(50)
  expect(callsOf('recordAttendance')).toEqual([{ meetingId: 'm1', participantId: 'p1', attendance: 'present' }])
})

test('staff: the minutes form of a case item sends the decision, units, deadline and level', async () => {
  view = STAFF_VIEW
  page = harness.openPage('packages/work/meeting/index', { id: 'm1' })
  await waitForText(page, '记录纪要')
  tapText(page, '记录纪要')
  await waitForText(page, '保存纪要')
  typeInto(0, '双方到场协商')
  typeInto(1, '物业三日内清理楼道')
  await waitForText(page, '胜利街道环卫所')
  tapText(page, '胜利街道环卫所')
  tapText(page, '3个工作日')
  tapText(page, '社区')
  await waitForText(page, '截止：')
  tapText(page, '保存纪要')
  await harness.simulate.sleep(50)
  expect(callsOf('recordMinutes')).toEqual([{ meetingId: 'm1', itemId: 'case-c1', summary: '双方到场协商', decision: '物业三日内清理楼道', unitIds: ['unit-sanitation'], workingDays: 3, level: 'community' }])
})

test('a participant checks in with the code; a scanned code opens the meeting with it filled in', async () => {
  user = { ...userOf('user-liu', '刘建国', 'resident') }
  view = PARTY_VIEW
  page = harness.openPage('packages/work/meeting/index', { scene: encodeURIComponent('m1482913') })
  await waitForText(page, '我来签到')
  expect(String(page.dom.textContent)).not.toContain('482913刘')
  expect(callsOf('getMeeting')).toEqual([{ meetingId: 'm1' }])
  tapText(page, '签到')
  await harness.simulate.sleep(50)
  expect(callsOf('checkIn')).toEqual([{ meetingId: 'm1', code: '482913' }])
})

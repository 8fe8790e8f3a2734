// 议事会 end to end through the `meetings` function, on both database adapters: schedule, put cases on the agenda,
// participants, attendance and check-in, minutes that move the cases on, publication to the 公示栏, and bad input
// that changes nothing.
import { ADAPTERS, createRuntime, type Runtime } from '../support/meeting-runtimes'
import type { CaseDetail, CaseView } from '../../src/core/contracts/views'
import type { MeetingList, MeetingView, BoardMinutes } from '../../src/core/contracts/meeting-views'
import { data } from '../support/local-harness'

const COMMUNITY = 'community-hangkonglu'
let counter = 0
const key = () => `meeting-test-${++counter}-${Date.now()}`
const beijing = (at: string) => new Date(at + '+08:00')


describe.each(ADAPTERS)('meetings on %s', (adapter) => {
  let r: Runtime
  beforeEach(async () => {
    r = await createRuntime(adapter, beijing('2026-12-01T10:00:00').toISOString())
    await r.addUser({ id: 'user-liu', openid: 'resident-liu', name: '刘建国', role: 'resident', phone: '13972100099' })
  })
  afterEach(() => r.close())

  const meetings = (as: string, action: string, payload: unknown) => r.call(as, 'meetings', action, payload)
  async function triagedCase(as: string, text: string): Promise<CaseView> {
    const c = data<CaseView>(await r.call(as, 'cases', 'submit', { communityId: COMMUNITY, text, channel: 'self', idempotencyKey: key() }))
    return data<CaseView>(await r.call('persona-staff', 'cases', 'triage', { caseId: c.id, version: c.version, category: 'dispute', urgency: 'normal' }))
  }
  async function schedule(extra: Record<string, unknown> = {}): Promise<MeetingView> {
    return data<MeetingView>(await meetings('persona-staff', 'createMeeting', { kind: 'roundtable', date: '2026-12-03', time: '14:30', place: '居民说事厅', ...extra }))
  }
  const getMeeting = async (as: string, id: string) => data<MeetingView>(await meetings(as, 'getMeeting', { meetingId: id }))
  const getCase = async (id: string) => data<CaseDetail>(await r.call('persona-staff', 'cases', 'get', { caseId: id }))

  it('runs a 议事会 with two cases: agenda, attendance, minutes that move both cases on, the petitioners told, the minutes published', async () => {
    const meeting = await schedule()
    expect(meeting).toMatchObject({ status: 'planned', statusLabel: '待召开', kindLabel: '议事会', title: '12月3日议事会', hostName: '陈静', checkInCode: expect.stringMatching(/^\d{6}$/) })
    const wang = await triagedCase('persona-resident', '楼道堆放杂物，邻里协商清理')
    const liu = await triagedCase('resident-liu', '广场舞音响太吵，影响休息')

    const first = data<CaseView>(await meetings('persona-staff', 'putOnAgenda', { caseId: wang.id, version: wang.version, meetingId: meeting.id }))
    expect(first).toMatchObject({ status: 'onAgenda', meeting: { id: meeting.id, date: '2026-12-03', place: '居民说事厅' } })
    const added = data<MeetingView>(await meetings('persona-staff', 'addAgendaItem', { meetingId: meeting.id, kind: 'case', caseId: liu.id }))
    expect(added.items.map((i) => [i.kind, i.title])).toEqual([['case', '楼道堆放杂物，邻里协商清理'], ['case', '广场舞音响太吵，影响休息']])
    expect((await getCase(wang.id)).timeline.at(-1)).toMatchObject({ action: 'putOnAgenda', data: { meetingId: meeting.id, meetingTitle: '12月3日议事会' } })
    expect((await r.inbox('user-wang')).filter((n) => n.kind === 'onAgenda')).toHaveLength(1)
    data(await meetings('persona-staff', 'addAgendaItem', { meetingId: meeting.id, kind: 'free', title: '小区停车管理办法' }))

    data(await meetings('persona-staff', 'addParticipant', { meetingId: meeting.id, part: 'deputy', name: '刘代表' }))
    data(await meetings('persona-staff', 'addParticipant', { meetingId: meeting.id, part: 'unitRepresentative', name: '孙强', unitId: 'unit-sanitation' }))
    let view = data<MeetingView>(await meetings('persona-staff', 'addParticipant', { meetingId: meeting.id, part: 'partyConcerned', name: '刘建国', userId: 'user-liu', phone: '13972100099' }))
    const [deputy, , party] = view.participants
    expect(view.participants.map((p) => p.partLabel)).toEqual(['两代表一委员', '单位代表', '当事人'])

    // Before the day nobody checks in.
    expect(await meetings('resident-liu', 'checkIn', { meetingId: meeting.id, code: view.checkInCode })).toMatchObject({ ok: false, code: 'INVALID_INPUT' })

    r.clock.set(beijing('2026-12-03T14:20:00'))
    // The party sees the meeting (names of others masked, no check-in code) and checks in with the code.
    const seen = await getMeeting('resident-liu', meeting.id)
    expect(seen).toMatchObject({ mayCheckIn: true, allowedActions: [] })
    expect(seen.checkInCode).toBeUndefined()
    expect(seen.participants.map((p) => p.name)).toEqual(['刘**', '孙*', '刘建国'])
    expect(await meetings('resident-liu', 'checkIn', { meetingId: meeting.id, code: '000000' === view.checkInCode ? '111111' : '000000' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '签到码不对，请核对后再试' })
    expect(await meetings('persona-resident', 'checkIn', { meetingId: meeting.id, code: view.checkInCode })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    view = data<MeetingView>(await meetings('resident-liu', 'checkIn', { meetingId: meeting.id, code: view.checkInCode }))
    expect(view.participants.find((p) => p.id === party.id)).toMatchObject({ attendance: 'present', checkedInBy: 'self' })
    // The handler checks in as their unit's representative.
    data(await meetings('persona-handler', 'checkIn', { meetingId: meeting.id, code: (await getMeeting('persona-staff', meeting.id)).checkInCode }))
    data(await meetings('persona-staff', 'recordAttendance', { meetingId: meeting.id, participantId: deputy.id, attendance: 'present' }))

    // Minutes: the first case is decided and assigned in one step (two events), the second decided only.
    const items = (await getMeeting('persona-staff', meeting.id)).items
    view = data<MeetingView>(await meetings('persona-staff', 'recordMinutes', {
      meetingId: meeting.id, itemId: items[0].id, summary: '双方到场协商', decision: '物业三日内清理楼道，环卫所每日清运', unitIds: ['unit-sanitation', 'unit-property'], workingDays: 3, level: 'community',
    }))
    expect(view.items[0]).toMatchObject({ minutes: { decision: '物业三日内清理楼道，环卫所每日清运' }, unitNames: ['胜利街道环卫所', '荆州宏远物业公司'], caseStatusLabel: '已交办', dueAt: beijing('2026-12-08T23:59:59.999').toISOString() })
    const decided = await getCase(wang.id)
    expect(decided.case).toMatchObject({ status: 'assigned', unitId: 'unit-sanitation', level: 'community', meeting: { id: meeting.id, decision: '物业三日内清理楼道，环卫所每日清运' } })
    expect(decided.timeline.slice(-2).map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([['recordDecision', 'onAgenda', 'deliberated'], ['assign', 'deliberated', 'assigned']])
    data(await meetings('persona-staff', 'recordMinutes', { meetingId: meeting.id, itemId: items[1].id, summary: '听取双方意见', decision: '晚九点后停止使用音响', unitIds: [] }))
    expect((await getCase(liu.id)).case.status).toBe('deliberated')

    // The petitioners are told; a party concerned on the list hears every item's decision, their own case's once.
    expect((await r.inbox('user-wang')).filter((n) => ['decided', 'assigned'].includes(n.kind)).map((n) => n.kind).sort()).toEqual(['assigned', 'decided'])
    expect((await r.inbox('user-wang')).find((n) => n.kind === 'decided')?.body).toContain('决议：物业三日内清理楼道，环卫所每日清运')
    expect((await r.inbox('user-liu')).filter((n) => n.kind === 'decided').map((n) => n.body).sort()).toEqual([
      `${wang.caseNo}：楼道堆放杂物，邻里协商清理。决议：物业三日内清理楼道，环卫所每日清运`,
      `${liu.caseNo}：广场舞音响太吵，影响休息。决议：晚九点后停止使用音响`,
    ])
    expect((await r.inbox('user-handler-sun')).filter((n) => n.kind === 'newAssignment')).toHaveLength(1)

    // An item already decided: refused, nothing changed.
    const before = await getMeeting('persona-staff', meeting.id)
    expect(await meetings('persona-staff', 'recordMinutes', { meetingId: meeting.id, itemId: items[0].id, summary: '再议', decision: '改为五日', unitIds: [] })).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED', message: '这个议题已形成决议，不能重复记录' })
    expect(await getMeeting('persona-staff', meeting.id)).toEqual(before)
    expect((await getCase(wang.id)).timeline).toHaveLength(decided.timeline.length)

    // Publication waits for every item and for the meeting to be held; absent ones are recorded.
    expect(await meetings('persona-staff', 'publishMinutes', { meetingId: meeting.id })).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' })
    view = data<MeetingView>(await meetings('persona-staff', 'markHeld', { meetingId: meeting.id }))
    expect(view.participants.map((p) => p.attendance)).toEqual(['present', 'present', 'present'])
    expect(await meetings('persona-staff', 'publishMinutes', { meetingId: meeting.id })).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '还有议题未形成决议：小区停车管理办法' })
    data(await meetings('persona-staff', 'recordMinutes', { meetingId: meeting.id, itemId: items[2].id, summary: '征求意见', decision: '先公示草案两周', unitIds: ['unit-committee'] }))
    view = data<MeetingView>(await meetings('persona-staff', 'publishMinutes', { meetingId: meeting.id }))
    expect(view).toMatchObject({ status: 'minuted', statusLabel: '纪要已公示', allowedActions: [] })

    const board = data<{ items: BoardMinutes[] }>(await meetings('persona-resident', 'listBoardMinutes', { communityId: COMMUNITY }))
    expect(board.items).toHaveLength(1)
    expect(board.items[0]).toMatchObject({ title: '12月3日议事会', attendance: { present: 3, absent: 0 } })
    expect(board.items[0].items.map((i) => i.decision)).toEqual(['物业三日内清理楼道，环卫所每日清运', '晚九点后停止使用音响', '先公示草案两周'])
    expect(JSON.stringify(board)).not.toMatch(/刘建国|王秀英|13972100099|孙强/)

    const lists = async (v: string) => data<MeetingList>(await meetings('persona-supervisor', 'listMeetings', { view: v })).items.map((m) => m.id)
    expect(await lists('minuted')).toContain(meeting.id)
    expect(await lists('held')).not.toContain(meeting.id)
  })

  it('refuses bad input with a clear message and changes nothing', async () => {
    // A meeting in the past.
    expect(await meetings('persona-staff', 'createMeeting', { kind: 'roundtable', date: '2026-12-01', time: '09:00', place: '居民说事厅' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '议事时间不能早于现在' })
    expect(data<MeetingList>(await meetings('persona-staff', 'listMeetings', { view: 'upcoming' })).items).toEqual([])
    const meeting = await schedule()

    // A case not yet triaged.
    const raw = data<CaseView>(await r.call('persona-resident', 'cases', 'submit', { communityId: COMMUNITY, text: '电梯经常停运', channel: 'self', idempotencyKey: key() }))
    expect(await meetings('persona-staff', 'putOnAgenda', { caseId: raw.id, version: raw.version, meetingId: meeting.id })).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED', message: '只有已受理的事项才能列入议事会' })
    expect(await meetings('persona-staff', 'putOnAgenda', { caseId: raw.id, version: raw.version, meetingDate: '2026-12-20', place: '新地点' })).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' })
    expect((await getMeeting('persona-staff', meeting.id)).items).toEqual([])
    expect(data<MeetingList>(await meetings('persona-staff', 'listMeetings', { view: 'upcoming' })).items.map((m) => m.id)).toEqual([meeting.id])

    // Out of scope: another community's staff, a supervisor organising, a resident listing.
    await r.addUser({ id: 'user-staff-other', openid: 'staff-other', name: '别社区', role: 'staff', communityId: 'community-other' })
    expect(await meetings('staff-other', 'getMeeting', { meetingId: meeting.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await meetings('staff-other', 'addAgendaItem', { meetingId: meeting.id, kind: 'free', title: '越权' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await meetings('persona-supervisor', 'addAgendaItem', { meetingId: meeting.id, kind: 'free', title: '越权' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await meetings('persona-resident', 'listMeetings', { view: 'upcoming' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await meetings('persona-resident', 'getMeeting', { meetingId: meeting.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' })

    // Minutes before the day, and for a cancelled meeting.
    data(await meetings('persona-staff', 'addAgendaItem', { meetingId: meeting.id, kind: 'free', title: '停车' }))
    const itemId = (await getMeeting('persona-staff', meeting.id)).items[0].id
    expect(await meetings('persona-staff', 'recordMinutes', { meetingId: meeting.id, itemId, summary: '讨论', decision: '决定', unitIds: [] })).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '议事会还未召开，不能记录纪要' })
    const cancelled = data<MeetingView>(await meetings('persona-staff', 'cancelMeeting', { meetingId: meeting.id, reason: '主持人临时出差' }))
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '主持人临时出差' })
    r.clock.set(beijing('2026-12-03T16:00:00'))
    expect(await meetings('persona-staff', 'recordMinutes', { meetingId: meeting.id, itemId, summary: '讨论', decision: '决定', unitIds: [] })).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED', message: '议事会已取消，不能再修改或记录纪要' })
    expect((await getMeeting('persona-staff', meeting.id)).items[0].minutes).toBeUndefined()
  })

  it('puts a case on that day’s 议事会 by date and place, or a new one, and will not cancel a meeting with cases on it', async () => {
    const a = await triagedCase('persona-resident', '楼道灯坏了')
    const b = await triagedCase('persona-resident', '垃圾桶不够')
    const first = data<CaseView>(await meetings('persona-staff', 'putOnAgenda', { caseId: a.id, version: a.version, meetingDate: '2026-12-10', place: '居民说事厅' }))
    const second = data<CaseView>(await meetings('persona-staff', 'putOnAgenda', { caseId: b.id, version: b.version, meetingDate: '2026-12-10', place: '居民说事厅' }))
    expect(second.meeting!.id).toBe(first.meeting!.id)
    const meeting = await getMeeting('persona-staff', first.meeting!.id!)
    expect(meeting).toMatchObject({ kind: 'roundtable', date: '2026-12-10', time: '14:30', items: [{ caseId: a.id }, { caseId: b.id }] })
    expect(await meetings('persona-staff', 'cancelMeeting', { meetingId: meeting.id, reason: '改期' })).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' })
    const moved = data<MeetingView>(await meetings('persona-staff', 'updateMeeting', { meetingId: meeting.id, date: '2026-12-11', time: '15:00' }))
    expect(moved).toMatchObject({ date: '2026-12-11', time: '15:00' })
    expect(await meetings('persona-staff', 'updateMeeting', { meetingId: meeting.id, date: '2026-11-30' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })

  it('moves the cases on its agenda with a meeting that moves, on their record, and tells their petitioners', async () => {
    const meeting = await schedule()
    const wang = await triagedCase('persona-resident', '楼道堆放杂物，邻里协商清理')
    data<CaseView>(await meetings('persona-staff', 'putOnAgenda', { caseId: wang.id, version: wang.version, meetingId: meeting.id }))
    data(await meetings('persona-staff', 'updateMeeting', { meetingId: meeting.id, title: '12月3日议事会（楼道议题）' }))
    expect((await getCase(wang.id)).timeline.at(-1)?.action).toBe('putOnAgenda') // a new title moves nothing
    const moved = data<MeetingView>(await meetings('persona-staff', 'updateMeeting', { meetingId: meeting.id, date: '2026-12-08', time: '09:30', place: '居委会二楼会议室' }))
    expect(moved).toMatchObject({ date: '2026-12-08', time: '09:30', place: '居委会二楼会议室' })
    const after = await getCase(wang.id)
    expect(after.case).toMatchObject({ status: 'onAgenda', meeting: { id: meeting.id, date: '2026-12-08', place: '居委会二楼会议室' } })
    expect(after.timeline.at(-1)).toMatchObject({
      action: 'rescheduleMeeting', fromStatus: 'onAgenda', toStatus: 'onAgenda', actorRole: 'system',
      note: '议事会改到12月8日 09:30，居委会二楼会议室（陈静调整）', data: { meetingId: meeting.id, meetingDate: '2026-12-08', place: '居委会二楼会议室' },
    })
    const told = (await r.inbox('user-wang')).filter((n) => n.kind === 'onAgenda')
    expect(told.map((n) => n.title)).toEqual(expect.arrayContaining(['议事会改期了']))
    expect(told.find((n) => n.title === '议事会改期了')?.body).toContain('议事会：12月8日，居委会二楼会议室')
  })

  it('takes up a 定题说事: the topic item references the topic of the same community, and its minutes are the meeting’s', async () => {
    const meeting = await schedule()
    const topic = data<{ id: string }>(await r.call('persona-staff', 'meetings', 'createTopic', {
      question: '一楼楼道是否封闭垃圾通道？', options: ['同意封闭', '不同意'], audience: 'community', opensOn: '2026-12-01', closesOn: '2026-12-02', idempotencyKey: key(),
    }))
    expect(await meetings('persona-staff', 'addAgendaItem', { meetingId: meeting.id, kind: 'topic', topicId: 'topic-missing' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const view = data<MeetingView>(await meetings('persona-staff', 'addAgendaItem', { meetingId: meeting.id, kind: 'topic', topicId: topic.id }))
    expect(view.items).toEqual([{ id: `topic-${topic.id}`, kind: 'topic', topicId: topic.id, title: '一楼楼道是否封闭垃圾通道？' }])
    expect(await meetings('persona-staff', 'addAgendaItem', { meetingId: meeting.id, kind: 'topic', topicId: topic.id })).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    r.clock.set(beijing('2026-12-03T15:00:00'))
    const minuted = data<MeetingView>(await meetings('persona-staff', 'recordMinutes', { meetingId: meeting.id, itemId: `topic-${topic.id}`, summary: '看了征询结果', decision: '按多数意见封闭', unitIds: ['unit-property'] }))
    expect(minuted.items[0]).toMatchObject({ minutes: { decision: '按多数意见封闭' }, unitNames: ['荆州宏远物业公司'] })
  })
})

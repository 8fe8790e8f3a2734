// 议事 in numbers (supervision.getDeliberationFigures): meetings held by kind and month, attendance, items decided,
// minutes still to publish, cancelled meetings, and the topics opened in the period with their turnout — on a small
// scene whose answers are counted by hand below; and who may read them.
import { createHarness, data, type Harness } from '../support/local-harness'
import { addResidents, answer, openedTopic } from '../support/topic-steps'
import type { MeetingView } from '../../src/core/contracts/meeting-views'
import type { TopicView } from '../../src/core/contracts/topic-views'
import type { DeliberationFigures } from '../../src/core/application/statistics/deliberation-figures'

let h: Harness
beforeEach(async () => {
  h = await createHarness('2026-11-30T02:00:00Z')
  await addResidents(h)
})
afterEach(() => h.close())

const meetings = (as: string, action: string, payload: Record<string, unknown>) => h.call<MeetingView>(as, 'meetings', action, payload)
const figures = (as: string, payload: Record<string, unknown>) => h.call<DeliberationFigures>(as, 'supervision', 'getDeliberationFigures', payload)

it('counts the meetings held by kind and month, attendance, items decided and open, and the topics’ turnout', async () => {
  // A: a roundtable on 1 December with two on the list (one comes) and one item, decided and published.
  const a = data(await meetings('persona-staff', 'createMeeting', { kind: 'roundtable', date: '2026-12-01', time: '14:30', place: '居民说事厅' }))
  const deputy = data(await meetings('persona-staff', 'addParticipant', { meetingId: a.id, part: 'deputy', name: '刘代表' })).participants[0]
  data(await meetings('persona-staff', 'addParticipant', { meetingId: a.id, part: 'residentRepresentative', name: '张代表' }))
  const [itemA] = data(await meetings('persona-staff', 'addAgendaItem', { meetingId: a.id, kind: 'free', title: '楼道堆物清理' })).items
  // B: a reception on 15 December, cancelled. C: a roundtable on 2 December, held, its item still open.
  const b = data(await meetings('persona-staff', 'createMeeting', { kind: 'reception', date: '2026-12-15', time: '09:00', place: '居民说事厅' }))
  data(await meetings('persona-staff', 'cancelMeeting', { meetingId: b.id, reason: '改到下一个接待日' }))
  const c = data(await meetings('persona-staff', 'createMeeting', { kind: 'roundtable', date: '2026-12-02', time: '15:00', place: '居民说事厅' }))
  data(await meetings('persona-staff', 'addAgendaItem', { meetingId: c.id, kind: 'free', title: '广场舞音响' }))
  // A topic opened on 30 November for 1栋 and 2栋: two residents answer.
  const topic = await openedTopic(h)
  data(await answer(h, 'persona-resident', topic.id, { optionId: topic.options[0].id }))
  data(await answer(h, 'persona-zhang', topic.id, { optionId: topic.options[1].id }))

  h.clock.set('2026-12-01T07:00:00Z')
  data(await meetings('persona-staff', 'recordAttendance', { meetingId: a.id, participantId: deputy.id, attendance: 'present' }))
  data(await meetings('persona-staff', 'recordMinutes', { meetingId: a.id, itemId: itemA.id, summary: '物业和住户到场', decision: '周末前清理完毕', unitIds: [] }))
  data(await meetings('persona-staff', 'markHeld', { meetingId: a.id }))
  data(await meetings('persona-staff', 'publishMinutes', { meetingId: a.id }))
  h.clock.set('2026-12-02T08:00:00Z')
  data(await meetings('persona-staff', 'markHeld', { meetingId: c.id }))

  const tally = data<TopicView>(await h.call('persona-staff', 'meetings', 'getTopic', { topicId: topic.id })).tally!
  const seen = data(await figures('persona-staff', { fromMonth: '2026-11', toMonth: '2026-12' }))
  expect(seen).toMatchObject({
    fromMonth: '2026-11', toMonth: '2026-12',
    meetingsHeld: 2,
    byKind: [{ kind: 'reception', label: '逢五说事', held: 0 }, { kind: 'roundtable', label: '议事会', held: 2 }, { kind: 'topic', label: '定题说事', held: 0 }],
    byMonth: [{ month: '2026-11', held: 0 }, { month: '2026-12', held: 2 }],
    participants: 2, present: 1, attendanceRate: 0.5,
    itemsDecided: 1, itemsOpen: 1, awaitingMinutes: 1, cancelled: 1,
    topics: [{ id: topic.id, question: '一楼楼道是否封闭垃圾通道？', opensOn: '2026-11-30', unit: 'person', answers: 2, eligible: tally.eligible, turnoutPercent: tally.turnoutPercent }],
  })
  expect(tally.eligible).toBeGreaterThanOrEqual(2)
  // November alone: nothing held, but the topic opened then.
  expect(data(await figures('persona-staff', { fromMonth: '2026-11', toMonth: '2026-11' }))).toMatchObject({ meetingsHeld: 0, cancelled: 0, topics: [{ id: topic.id }] })
  // January: nothing.
  expect(data(await figures('persona-staff', { fromMonth: '2027-01', toMonth: '2027-01' }))).toMatchObject({ meetingsHeld: 0, attendanceRate: null, topics: [] })
})

it.each([
  ['persona-staff', {}, true],
  ['persona-supervisor', {}, true],
  ['persona-admin', {}, true],
  ['persona-admin', { communityId: 'community-hangkonglu' }, true],
  ['persona-staff', { communityId: 'community-elsewhere' }, 'FORBIDDEN'],
  ['persona-handler', {}, 'FORBIDDEN'],
  ['persona-grid', {}, 'FORBIDDEN'],
  ['persona-resident', {}, 'FORBIDDEN'],
  ['persona-staff', { fromMonth: '2026-12', toMonth: '2026-11' }, 'INVALID_INPUT'],
] as const)('%s %j → %s', async (as, payload, expected) => {
  const answered = await figures(as, payload)
  if (expected === true) expect(answered).toMatchObject({ ok: true })
  else expect(answered).toMatchObject({ ok: false, code: expected })
})

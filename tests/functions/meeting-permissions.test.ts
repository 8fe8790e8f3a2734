// Role × meeting action: every role the matrix names gets past the role check, every other role is FORBIDDEN and
// changes nothing; the timer's action refuses every user.
import { createHarness, data, type Harness } from '../support/local-harness'
import { MEETING_ACTION_ROLES } from '../../src/core/domain/meeting-status'
import { FUNCTIONS } from '../../src/core/contracts/functions'
import { TOPIC_ACTIONS } from '../../src/core/contracts/topic-inputs'
import type { MeetingView } from '../../src/core/contracts/meeting-views'

const PERSONAS = {
  resident: 'persona-resident', gridWorker: 'persona-grid', staff: 'persona-staff', handler: 'persona-handler', supervisor: 'persona-supervisor', admin: 'persona-admin',
} as const

const MATRIX: Record<string, Array<keyof typeof PERSONAS>> = {
  createMeeting: ['staff', 'admin'],
  updateMeeting: ['staff', 'admin'],
  cancelMeeting: ['staff', 'admin'],
  listMeetings: ['staff', 'admin', 'supervisor', 'gridWorker'],
  getMeeting: ['staff', 'admin', 'supervisor', 'gridWorker', 'resident', 'handler'],
  addParticipant: ['staff', 'admin'],
  removeParticipant: ['staff', 'admin'],
  addAgendaItem: ['staff', 'admin'],
  recordAttendance: ['staff', 'admin'],
  checkIn: ['staff', 'admin', 'supervisor', 'gridWorker', 'resident', 'handler'],
  recordMinutes: ['staff', 'admin'],
  markHeld: ['staff', 'admin'],
  publishMinutes: ['staff', 'admin'],
  listBoardMinutes: ['resident', 'gridWorker', 'staff', 'handler', 'supervisor', 'admin'],
}

let h: Harness
let meetingId: string
beforeEach(async () => {
  h = await createHarness('2026-12-01T02:00:00Z')
  meetingId = data<MeetingView>(await h.call('persona-staff', 'meetings', 'createMeeting', { kind: 'roundtable', date: '2026-12-03', time: '14:30', place: '居民说事厅' })).id
  // Everyone is on the list, so that checkIn's answers show the role check, not the participant check.
  for (const userId of ['user-wang', 'user-grid-zhao', 'user-staff-chen', 'user-supervisor-zhou', 'user-admin-wu']) {
    data(await h.call('persona-staff', 'meetings', 'addParticipant', { meetingId, part: 'residentRepresentative', name: userId, userId }))
  }
  data(await h.call('persona-staff', 'meetings', 'addParticipant', { meetingId, part: 'unitRepresentative', name: '环卫所', unitId: 'unit-sanitation' }))
})
afterEach(() => h.close())

it('has a row for every meeting action of the function, and the domain table says the same', () => {
  // The function also serves the case actions of 议事 and the topics (定题说事: their own matrix, topics-permissions.test.ts).
  const otherActions: readonly string[] = ['putOnAgenda', 'recordDecision', 'listAgenda', 'sweepMeetings', ...TOPIC_ACTIONS]
  expect(Object.keys(MATRIX).sort()).toEqual(FUNCTIONS.meetings.filter((a) => !otherActions.includes(a)).sort())
  for (const [action, roles] of Object.entries(MATRIX)) expect([action, [...MEETING_ACTION_ROLES[action]].sort()]).toEqual([action, [...roles].sort()])
})

const PAYLOADS: Record<string, (id: string) => Record<string, unknown>> = {
  createMeeting: () => ({ kind: 'roundtable', date: '2026-12-09', time: '14:30', place: '居民说事厅', communityId: 'community-hangkonglu' }),
  updateMeeting: (id) => ({ meetingId: id, place: '二楼会议室' }),
  cancelMeeting: (id) => ({ meetingId: id, reason: '改期再议' }),
  listMeetings: () => ({ view: 'upcoming' }),
  getMeeting: (id) => ({ meetingId: id }),
  addParticipant: (id) => ({ meetingId: id, part: 'expert', name: '律师' }),
  removeParticipant: (id) => ({ meetingId: id, participantId: 'nobody' }),
  addAgendaItem: (id) => ({ meetingId: id, kind: 'free', title: '停车' }),
  recordAttendance: (id) => ({ meetingId: id, participantId: 'nobody', attendance: 'present' }),
  checkIn: (id) => ({ meetingId: id, code: '123456' }),
  recordMinutes: (id) => ({ meetingId: id, itemId: 'nothing', summary: '讨论', decision: '决定', unitIds: [] }),
  markHeld: (id) => ({ meetingId: id }),
  publishMinutes: (id) => ({ meetingId: id }),
  listBoardMinutes: () => ({ communityId: 'community-hangkonglu' }),
}

describe.each(Object.entries(MATRIX))('%s', (action, allowed) => {
  it.each(Object.entries(PERSONAS))('as %s', async (role, persona) => {
    const before = JSON.stringify(await h.runtime.deps.repos.meetings.get(meetingId))
    const answer = await h.call(persona, 'meetings', action, PAYLOADS[action](meetingId))
    if (allowed.includes(role as keyof typeof PERSONAS)) {
      expect([role, answer.ok ? 'ok' : answer.code]).not.toEqual([role, 'FORBIDDEN'])
    } else {
      expect([role, answer]).toEqual([role, expect.objectContaining({ ok: false, code: 'FORBIDDEN' })])
      expect(JSON.stringify(await h.runtime.deps.repos.meetings.get(meetingId))).toBe(before)
    }
  })
})

it('runs the meetings timer for the timer only', async () => {
  for (const persona of Object.values(PERSONAS)) expect(await h.call(persona, 'meetings', 'sweepMeetings', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
})

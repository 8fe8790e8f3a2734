// The meeting's life as data: the complete set of changes each status allows, and where each leads.
import { MEETING_STATUSES, MEETING_TRANSITIONS, meetingChangeAllowed, meetingStatusAfter, type MeetingChange } from '../../src/core/domain/meeting-status'
import { meetingStartsAt } from '../../src/core/domain/meeting'

const CHANGES = MEETING_TRANSITIONS.map((t) => t.change)

it('allows exactly these changes per status', () => {
  const allowed = Object.fromEntries(MEETING_STATUSES.map((s) => [s, CHANGES.filter((c) => meetingChangeAllowed(c, s))]))
  expect(allowed).toEqual({
    planned: ['update', 'cancel', 'editParticipants', 'editAgenda', 'recordAttendance', 'checkIn', 'markHeld', 'recordMinutes', 'linkReceptionCase'],
    held: ['editParticipants', 'recordAttendance', 'checkIn', 'recordMinutes', 'publishMinutes', 'linkReceptionCase'],
    minuted: [],
    cancelled: [],
  })
})

it.each<[MeetingChange, string, string]>([
  ['cancel', 'planned', 'cancelled'],
  ['markHeld', 'planned', 'held'],
  ['publishMinutes', 'held', 'minuted'],
  ['recordMinutes', 'held', 'held'],
  ['editAgenda', 'planned', 'planned'],
])('%s from %s leads to %s', (change, from, to) => {
  expect(meetingStatusAfter(change, from as never)).toBe(to)
})

it('reads the meeting’s Beijing date and time as a UTC instant', () => {
  expect(meetingStartsAt('2026-12-03', '14:30')).toBe('2026-12-03T06:30:00.000Z')
  expect(meetingStartsAt('2026-12-03', '07:00')).toBe('2026-12-02T23:00:00.000Z')
})

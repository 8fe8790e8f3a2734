// The meeting's life as data: statuses, the transitions between them, and which roles may run each meeting action.
import type { Role } from './roles'

export const MEETING_STATUSES = ['planned', 'held', 'minuted', 'cancelled'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: '待召开',
  held: '已召开',
  minuted: '纪要已公示',
  cancelled: '已取消',
}

export type MeetingChange = 'update' | 'cancel' | 'editParticipants' | 'editAgenda' | 'recordAttendance' | 'checkIn' | 'markHeld' | 'recordMinutes' | 'publishMinutes' | 'linkReceptionCase'

/** Which statuses each change may start from; the status it leads to, when it changes it. */
export const MEETING_TRANSITIONS: ReadonlyArray<{ change: MeetingChange; from: readonly MeetingStatus[]; to?: MeetingStatus }> = [
  { change: 'update', from: ['planned'] },
  { change: 'cancel', from: ['planned'], to: 'cancelled' },
  { change: 'editParticipants', from: ['planned', 'held'] },
  { change: 'editAgenda', from: ['planned'] },
  { change: 'recordAttendance', from: ['planned', 'held'] },
  { change: 'checkIn', from: ['planned', 'held'] },
  { change: 'markHeld', from: ['planned'], to: 'held' },
  { change: 'recordMinutes', from: ['planned', 'held'] },
  { change: 'publishMinutes', from: ['held'], to: 'minuted' },
  // 逢五说事: a case raised at the hall that day joins the reception (planned, or already marked held).
  { change: 'linkReceptionCase', from: ['planned', 'held'] },
]

export function meetingChangeAllowed(change: MeetingChange, status: MeetingStatus): boolean {
  return MEETING_TRANSITIONS.some((t) => t.change === change && t.from.includes(status))
}

export function meetingStatusAfter(change: MeetingChange, status: MeetingStatus): MeetingStatus {
  return MEETING_TRANSITIONS.find((t) => t.change === change)?.to ?? status
}

const ORGANISERS: readonly Role[] = ['staff', 'admin']
/** Who may call each meeting action (scope is checked too: the meeting's community or street, or being a participant). */
export const MEETING_ACTION_ROLES: Record<string, readonly Role[]> = {
  createMeeting: ORGANISERS,
  updateMeeting: ORGANISERS,
  cancelMeeting: ORGANISERS,
  listMeetings: ['staff', 'admin', 'supervisor', 'gridWorker'],
  getMeeting: ['staff', 'admin', 'supervisor', 'gridWorker', 'resident', 'handler'],
  addParticipant: ORGANISERS,
  removeParticipant: ORGANISERS,
  addAgendaItem: ORGANISERS,
  recordAttendance: ORGANISERS,
  checkIn: ['staff', 'admin', 'supervisor', 'gridWorker', 'resident', 'handler'],
  recordMinutes: ORGANISERS,
  markHeld: ORGANISERS,
  publishMinutes: ORGANISERS,
  listBoardMinutes: ['resident', 'gridWorker', 'staff', 'handler', 'supervisor', 'admin'],
}

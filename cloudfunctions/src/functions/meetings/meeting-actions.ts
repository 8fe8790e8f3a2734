// The meeting actions of the `meetings` function (议事会): schedule, change, participants, agenda, attendance,
// minutes, publication, the board's minutes, and the timer that plans 逢五说事 and sends meeting reminders.
import { MEETING_SCHEMAS, type MeetingAction } from '../../../../src/core/contracts/meeting-inputs'
import { ACTION_SCHEMAS } from '../../../../src/core/contracts/case-inputs'
import { ok, type Result } from '../../../../src/core/contracts/result'
import type { Meeting } from '../../../../src/core/domain/meeting'
import { createMeeting } from '../../../../src/core/application/meetings/create-meeting'
import { updateMeeting } from '../../../../src/core/application/meetings/update-meeting'
import { cancelMeeting } from '../../../../src/core/application/meetings/cancel-meeting'
import { listMeetings } from '../../../../src/core/application/meetings/list-meetings'
import { getMeeting } from '../../../../src/core/application/meetings/get-meeting'
import { addParticipant, removeParticipant } from '../../../../src/core/application/meetings/participants'
import { addAgendaItem } from '../../../../src/core/application/meetings/add-agenda-item'
import { checkIn, recordAttendance } from '../../../../src/core/application/meetings/attendance'
import { recordMinutes } from '../../../../src/core/application/meetings/record-minutes'
import { markHeld } from '../../../../src/core/application/meetings/mark-held'
import { publishMinutes } from '../../../../src/core/application/meetings/publish-minutes'
import { listBoardMinutes } from '../../../../src/core/application/meetings/list-board-minutes'
import { presentMeeting } from '../../../../src/core/application/meetings/present-meeting'
import { putCaseOnAgenda } from '../../../../src/core/application/meetings/put-case-on-agenda'
import { planReceptionMeetings } from '../../../../src/core/application/reminders/reception-meetings'
import { flagMinutesOverdue, remindMeetingTomorrow } from '../../../../src/core/application/reminders/meeting-reminders'
import { presentCase } from '../../../../src/core/application/present-cases'
import type { Deps } from '../../../../src/core/ports'
import type { Actor } from '../../../../src/core/domain/roles'
import type { ActionContext, ActionMap, ActionSpec } from '../../runtime/action'

type MeetingChange = (deps: Deps, actor: Actor, input: never) => Promise<Result<Meeting>>

/** A change answered with the caller's view of the meeting. */
function meetingChange(action: MeetingAction, run: MeetingChange): ActionSpec {
  return {
    schema: MEETING_SCHEMAS[action],
    run: async ({ deps, actor }: ActionContext, input) => {
      const result = await run(deps, actor, input as never)
      return result.ok ? ok(await presentMeeting(deps, actor, result.value)) : result
    },
  }
}

export const meetingActions: ActionMap = {
  /** 列入议事会: names a planned meeting, or a date and place (that day's 议事会 there, or a new one). */
  putOnAgenda: {
    schema: ACTION_SCHEMAS.putOnAgenda,
    run: async ({ deps, actor }, input) => {
      const result = await putCaseOnAgenda(deps, actor, input)
      return result.ok ? ok(await presentCase(deps, actor, result.value)) : result
    },
  },
  createMeeting: meetingChange('createMeeting', createMeeting),
  updateMeeting: meetingChange('updateMeeting', updateMeeting),
  cancelMeeting: meetingChange('cancelMeeting', cancelMeeting),
  listMeetings: { schema: MEETING_SCHEMAS.listMeetings, run: ({ deps, actor }, input) => listMeetings(deps, actor, input) },
  getMeeting: { schema: MEETING_SCHEMAS.getMeeting, run: ({ deps, actor }, input) => getMeeting(deps, actor, input.meetingId) },
  addParticipant: meetingChange('addParticipant', addParticipant),
  removeParticipant: meetingChange('removeParticipant', removeParticipant),
  addAgendaItem: meetingChange('addAgendaItem', addAgendaItem),
  recordAttendance: meetingChange('recordAttendance', recordAttendance),
  checkIn: meetingChange('checkIn', checkIn),
  recordMinutes: meetingChange('recordMinutes', recordMinutes),
  markHeld: meetingChange('markHeld', markHeld),
  publishMinutes: meetingChange('publishMinutes', publishMinutes),
  listBoardMinutes: { schema: MEETING_SCHEMAS.listBoardMinutes, run: ({ deps, actor }, input) => listBoardMinutes(deps, actor, input) },
  /** Timer (hourly): plan 逢五说事 for this month and the next, 明日议事 reminders, minutes overdue to the supervision group. */
  sweepMeetings: {
    schema: {},
    timerOnly: true,
    run: async ({ deps }) => ok({ receptionsCreated: await planReceptionMeetings(deps), reminded: await remindMeetingTomorrow(deps), minutesOverdue: await flagMinutesOverdue(deps) }),
  },
}

// Attendance: staff tick who came (or mark them absent) on the sheet; a participant checks in with the meeting's
// code (typed locally; on WeChat it comes in the mini-program code's scene). From the meeting day on.
// Errors: FORBIDDEN (not on the list), NOT_FOUND, INVALID_INPUT (wrong code, before the day), TRANSITION_NOT_ALLOWED.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Attendance, Meeting } from '../../domain/meeting'
import { shanghaiDate } from '../../domain/deadlines'
import type { MeetingInputs } from '../../contracts/meeting-inputs'
import { fail, ok, type Result } from '../../contracts/result'
import { openMeeting, participantOf } from './meeting-access'
import { saveMeeting } from './save-meeting'

function mark(deps: Deps, meeting: Meeting, participantId: string, attendance: Attendance, by: 'staff' | 'self') {
  if (meeting.date > shanghaiDate(deps.clock.now())) return fail('INVALID_INPUT', '议事会还没到召开的日子，不能签到')
  return saveMeeting(deps, meeting, by === 'self' ? 'checkIn' : 'recordAttendance', (current) => {
    if (!current.participants.some((p) => p.id === participantId)) return fail('NOT_FOUND', '名单中没有这位参会人', 'participantId')
    const at = deps.clock.now().toISOString()
    return ok({
      participants: current.participants.map((p) =>
        p.id !== participantId ? p : attendance === 'present' ? { ...p, attendance, checkedInBy: by, checkedInAt: at } : { ...p, attendance, checkedInBy: undefined, checkedInAt: undefined },
      ),
    })
  })
}

export async function recordAttendance(deps: Deps, actor: Actor, input: MeetingInputs['recordAttendance']): Promise<Result<Meeting>> {
  const opened = await openMeeting(deps, actor, input.meetingId, 'recordAttendance')
  if (!opened.ok) return opened
  return mark(deps, opened.value, input.participantId, input.attendance, 'staff')
}

export async function checkIn(deps: Deps, actor: Actor, input: MeetingInputs['checkIn']): Promise<Result<Meeting>> {
  const opened = await openMeeting(deps, actor, input.meetingId, 'checkIn')
  if (!opened.ok) return opened
  const participant = participantOf(actor, opened.value)
  if (!participant) return fail('FORBIDDEN', '您不在这个议事会的参会名单中')
  if (input.code !== opened.value.checkInCode) return fail('INVALID_INPUT', '签到码不对，请核对后再试', 'code')
  return mark(deps, opened.value, participant.id, 'present', 'self')
}

// The meeting took place: planned → held, on or after its day. Whoever on the list was not marked present is
// recorded absent. Staff / admins of its community. Errors: FORBIDDEN, NOT_FOUND, INVALID_INPUT, TRANSITION_NOT_ALLOWED.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Meeting } from '../../domain/meeting'
import { shanghaiDate } from '../../domain/deadlines'
import type { MeetingInputs } from '../../contracts/meeting-inputs'
import { fail, ok, type Result } from '../../contracts/result'
import { openMeeting } from './meeting-access'
import { saveMeeting } from './save-meeting'

export async function markHeld(deps: Deps, actor: Actor, input: MeetingInputs['markHeld']): Promise<Result<Meeting>> {
  const opened = await openMeeting(deps, actor, input.meetingId, 'markHeld')
  if (!opened.ok) return opened
  if (opened.value.date > shanghaiDate(deps.clock.now())) return fail('INVALID_INPUT', '议事会还没到召开的日子')
  return saveMeeting(deps, opened.value, 'markHeld', (current) =>
    ok({ heldAt: deps.clock.now().toISOString(), participants: current.participants.map((p) => (p.attendance ? p : { ...p, attendance: 'absent' as const })) }),
  )
}

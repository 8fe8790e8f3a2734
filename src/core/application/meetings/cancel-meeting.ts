// Cancel a planned meeting, with the reason. Staff / admins of its community. A meeting with cases on its agenda is
// not cancelled (their petitioners were told its date): move it instead (updateMeeting).
// Errors: FORBIDDEN, NOT_FOUND, TRANSITION_NOT_ALLOWED.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Meeting } from '../../domain/meeting'
import type { MeetingInputs } from '../../contracts/meeting-inputs'
import { fail, ok, type Result } from '../../contracts/result'
import { openMeeting } from './meeting-access'
import { saveMeeting } from './save-meeting'

export async function cancelMeeting(deps: Deps, actor: Actor, input: MeetingInputs['cancelMeeting']): Promise<Result<Meeting>> {
  const opened = await openMeeting(deps, actor, input.meetingId, 'cancelMeeting')
  if (!opened.ok) return opened
  return saveMeeting(deps, opened.value, 'cancel', (current) =>
    current.items.some((item) => item.kind === 'case')
      ? fail('TRANSITION_NOT_ALLOWED', '议事会上已有说事事项，不能取消；请改期')
      : ok({ cancelReason: input.reason }),
  )
}

// The participant list: add someone with their part (committee member, 两代表一委员, party concerned …) or remove them.
// Staff / admins of the meeting's community, until the minutes are published.
// Errors: FORBIDDEN, NOT_FOUND (meeting, account, unit or participant), TRANSITION_NOT_ALLOWED.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Meeting } from '../../domain/meeting'
import type { MeetingInputs } from '../../contracts/meeting-inputs'
import { fail, ok, type Result } from '../../contracts/result'
import { openMeeting } from './meeting-access'
import { saveMeeting } from './save-meeting'

export async function addParticipant(deps: Deps, actor: Actor, input: MeetingInputs['addParticipant']): Promise<Result<Meeting>> {
  const opened = await openMeeting(deps, actor, input.meetingId, 'addParticipant')
  if (!opened.ok) return opened
  const meeting = opened.value
  if (input.userId) {
    const user = await deps.repos.users.get(input.userId)
    if (!user || user.streetId !== meeting.streetId) return fail('NOT_FOUND', '找不到这位参会人的账号', 'userId')
  }
  if (input.unitId) {
    const unit = await deps.repos.directory.getUnit(input.unitId)
    if (!unit || unit.streetId !== meeting.streetId) return fail('NOT_FOUND', '找不到这个单位', 'unitId')
  }
  const id = deps.ids.next()
  return saveMeeting(deps, meeting, 'editParticipants', (current) => {
    if (input.userId && current.participants.some((p) => p.userId === input.userId)) return fail('INVALID_INPUT', '这位参会人已在名单中', 'userId')
    const participant = { id, part: input.part, name: input.name, ...(input.userId ? { userId: input.userId } : {}), ...(input.unitId ? { unitId: input.unitId } : {}), ...(input.phone ? { phone: input.phone } : {}) }
    return ok({ participants: [...current.participants, participant] })
  })
}

export async function removeParticipant(deps: Deps, actor: Actor, input: MeetingInputs['removeParticipant']): Promise<Result<Meeting>> {
  const opened = await openMeeting(deps, actor, input.meetingId, 'removeParticipant')
  if (!opened.ok) return opened
  return saveMeeting(deps, opened.value, 'editParticipants', (current) =>
    current.participants.some((p) => p.id === input.participantId)
      ? ok({ participants: current.participants.filter((p) => p.id !== input.participantId) })
      : fail('NOT_FOUND', '名单中没有这位参会人', 'participantId'),
  )
}

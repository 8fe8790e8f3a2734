// Change a planned meeting's title, date, time, place or host. Staff / admins of its community. The cases on its
// agenda follow a new date, time or place (reschedule-cases.ts), and their petitioners are told.
// Errors: FORBIDDEN, NOT_FOUND, TRANSITION_NOT_ALLOWED (held, minuted or cancelled), INVALID_INPUT (a time already past).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Meeting } from '../../domain/meeting'
import type { MeetingInputs } from '../../contracts/meeting-inputs'
import { ok, type Result } from '../../contracts/result'
import { openMeeting } from './meeting-access'
import { checkNotPast, hostFor } from './create-meeting'
import { saveMeeting } from './save-meeting'
import { rescheduleCases } from './reschedule-cases'

export async function updateMeeting(deps: Deps, actor: Actor, input: MeetingInputs['updateMeeting']): Promise<Result<Meeting>> {
  const opened = await openMeeting(deps, actor, input.meetingId, 'updateMeeting')
  if (!opened.ok) return opened
  const meeting = opened.value
  const date = input.date ?? meeting.date
  const time = input.time ?? meeting.time
  if (input.date || input.time) {
    const notPast = checkNotPast(deps, date, time)
    if (!notPast.ok) return notPast
  }
  const host = input.hostId ? await hostFor(deps, actor, meeting.communityId, input.hostId) : undefined
  if (host && !host.ok) return host
  const saved = await saveMeeting(deps, meeting, 'update', () =>
    ok({ date, time, ...(input.place ? { place: input.place } : {}), ...(input.title ? { title: input.title } : {}), ...(host?.ok ? host.value : {}) }),
  )
  if (saved.ok && (saved.value.date !== meeting.date || saved.value.time !== meeting.time || saved.value.place !== meeting.place)) {
    await rescheduleCases(deps, actor, saved.value)
  }
  return saved
}

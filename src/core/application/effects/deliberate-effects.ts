// 议事: put a hard case on a meeting's agenda and record what the meeting decided. The meeting is resolved (found or
// created) by meetings/put-case-on-agenda.ts before the effect runs; the event names it.
import { fail, ok } from '../../contracts/result'
import { shanghaiDate } from '../../domain/deadlines'
import type { Effect } from './effect'

export const putOnAgenda: Effect<'putOnAgenda'> = async ({ deps, input, now }) => {
  if (!input.meetingId || !input.meetingDate || !input.place) return fail('INVALID_INPUT', '请选择议事会', 'meetingId')
  if (input.meetingDate < shanghaiDate(now)) return fail('INVALID_INPUT', '议事日期不能早于今天', 'meetingDate')
  const meeting = await deps.repos.meetings.get(input.meetingId)
  return ok({
    changes: { meeting: { id: input.meetingId, date: input.meetingDate, place: input.place } },
    data: { meetingId: input.meetingId, ...(meeting ? { meetingTitle: meeting.title, meetingTime: meeting.time } : {}), meetingDate: input.meetingDate, place: input.place },
  })
}

export const recordDecision: Effect<'recordDecision'> = ({ item, input }) =>
  ok({ changes: { meeting: { ...item.meeting!, decision: input.decision } }, data: { decision: input.decision, ...(item.meeting?.id ? { meetingId: item.meeting.id } : {}) } })

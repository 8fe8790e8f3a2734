// 议事: put a hard case on the roundtable's agenda and record what the meeting decided.
import { fail, ok } from '../../contracts/result'
import { shanghaiDate } from '../../domain/deadlines'
import type { Effect } from './effect'

export const putOnAgenda: Effect<'putOnAgenda'> = ({ input, now }) => {
  if (input.meetingDate < shanghaiDate(now)) return fail('INVALID_INPUT', '议事日期不能早于今天', 'meetingDate')
  return ok({ changes: { meeting: { date: input.meetingDate, place: input.place } }, data: { meetingDate: input.meetingDate, place: input.place } })
}

export const recordDecision: Effect<'recordDecision'> = ({ item, input }) =>
  ok({ changes: { meeting: { ...item.meeting!, decision: input.decision } }, data: { decision: input.decision } })

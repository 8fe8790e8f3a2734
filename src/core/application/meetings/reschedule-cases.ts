// When a planned meeting moves (another date, time or place), the cases waiting on its agenda follow it: each gets a
// 议事会改期 event (by the system, naming who moved the meeting) with its new date and place, and its petitioner is
// told — so a resident never comes to the hall on the old day.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { meetingDayLabel, type Meeting } from '../../domain/meeting'
import { notifyAfterChange } from '../after-change-notices'
import { applySystemChange } from '../reminders/system-change'

export async function rescheduleCases(deps: Deps, actor: Actor, meeting: Meeting): Promise<number> {
  let moved = 0
  for (const agendaItem of meeting.items) {
    if (agendaItem.kind !== 'case') continue
    const item = await deps.repos.cases.get(agendaItem.caseId)
    if (!item || item.status !== 'onAgenda' || item.meeting?.id !== meeting.id) continue
    if (item.meeting.date === meeting.date && item.meeting.place === meeting.place) continue
    const updated = await applySystemChange(deps, item, 'rescheduleMeeting', (current) => ({
      changes: { meeting: { ...current.meeting!, date: meeting.date, place: meeting.place } },
      note: `议事会改到${meetingDayLabel(meeting.date)} ${meeting.time}，${meeting.place}（${actor.name}调整）`,
      data: { meetingId: meeting.id, meetingDate: meeting.date, meetingTime: meeting.time, place: meeting.place, movedBy: actor.name },
    }))
    if (!updated) continue
    const events = await deps.repos.events.listByCase(updated.id)
    await notifyAfterChange(deps, updated, events[events.length - 1])
    moved++
  }
  return moved
}

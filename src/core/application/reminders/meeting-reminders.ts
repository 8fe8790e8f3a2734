// Meeting reminders, each once per meeting and date (a ledger claim before any send, so overlapping runs never
// repeat one): 明日议事 to the participants with the app, the petitioners of its case items and the host, the day
// before; 纪要逾期 to the community's supervision group when a meeting still has no published minutes 2 working days
// after its date.
import type { Deps } from '../../ports'
import type { Meeting } from '../../domain/meeting'
import type { NoticeKind } from '../../domain/notice-kinds'
import { meetingDayLabel, meetingStartsAt } from '../../domain/meeting'
import { shanghaiDate } from '../../domain/deadlines'
import { shanghaiTomorrow } from '../../domain/working-hours'
import type { WorkCalendar } from '../../domain/work-calendar'
import { responsibleUsers } from '../notices'

export const MINUTES_DUE_WORKING_DAYS = 2

/** The date `days` working days before `date`: a meeting on it or earlier is late with its minutes today. */
export function workingDaysBefore(date: string, days: number, calendar: WorkCalendar): string {
  let current = date
  for (let left = days; left > 0; ) {
    current = new Date(Date.parse(current + 'T00:00:00Z') - 86400000).toISOString().slice(0, 10)
    if (calendar.isWorkingDay(current)) left--
  }
  return current
}

async function eachMeeting(deps: Deps, status: Meeting['status'], fromDate: string | undefined, toDate: string, visit: (m: Meeting) => Promise<void>) {
  let cursor: string | undefined
  do {
    const page = await deps.repos.meetings.list({ status, order: 'asc', ...(fromDate ? { fromDate } : {}), toDate, limit: 100, cursor })
    for (const meeting of page.items) await visit(meeting)
    cursor = page.nextCursor
  } while (cursor)
}

/** Claims (meeting, key) and sends the notices once; answers whether it sent them now. */
async function once(deps: Deps, meeting: Meeting, key: string, userIds: string[], kind: NoticeKind, title: string): Promise<boolean> {
  const at = deps.clock.now().toISOString()
  if (!(await deps.reminders.claim(meeting.id, key, at))) return false
  const body = `${meeting.title}：${meetingDayLabel(meeting.date)} ${meeting.time}，${meeting.place}`
  for (const userId of [...new Set(userIds)]) {
    await deps.notifier.notify({ userId, kind, title, body, values: { summary: meeting.title, time: meetingStartsAt(meeting.date, meeting.time), place: meeting.place } })
  }
  await deps.reminders.progress(meeting.id, key, { sent: userIds.length, done: true })
  return true
}

export async function remindMeetingTomorrow(deps: Deps): Promise<number> {
  const tomorrow = shanghaiTomorrow(deps.clock.now())
  let sent = 0
  await eachMeeting(deps, 'planned', tomorrow, tomorrow, async (meeting) => {
    const petitioners: string[] = []
    for (const item of meeting.items) {
      if (item.kind !== 'case') continue
      const found = await deps.repos.cases.get(item.caseId)
      if (found?.petitioner.userId) petitioners.push(found.petitioner.userId)
    }
    const users = [...meeting.participants.flatMap((p) => (p.userId ? [p.userId] : [])), ...petitioners, ...(meeting.hostId ? [meeting.hostId] : [])]
    if (await once(deps, meeting, `meeting@${meeting.date}`, users, 'meetingTomorrow', `明天议事：${meeting.place}`)) sent++
  })
  return sent
}

export async function flagMinutesOverdue(deps: Deps): Promise<number> {
  const latest = workingDaysBefore(shanghaiDate(deps.clock.now()), MINUTES_DUE_WORKING_DAYS, deps.calendar)
  let flagged = 0
  for (const status of ['planned', 'held'] as const) {
    await eachMeeting(deps, status, undefined, latest, async (meeting) => {
      // A reception day nobody raised anything at needs no minutes.
      if (meeting.kind === 'reception' && meeting.items.length === 0) return
      const supervisors = await responsibleUsers(deps, { streetId: meeting.streetId, communityId: meeting.communityId } as never, 'supervisor')
      if (await once(deps, meeting, `minutesOverdue@${meeting.date}`, supervisors.map((u) => u.id), 'minutesOverdue', '议事会逾期未公示纪要')) flagged++
    })
  }
  return flagged
}

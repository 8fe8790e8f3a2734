// 逢五说事 by themselves: the timer creates the planned reception meetings of every community for the rest of this
// month and the whole next month, from its 接待日 text (default 5th, 15th, 25th), at its hall, with the staff on duty
// that weekday (值班表) as host. A day off of a public holiday moves to the next working day. Stable ids (community +
// the day the text names) make overlapping or repeated runs create each meeting once.
import type { Deps } from '../../ports'
import type { Community } from '../../domain/directory'
import { MEETING_KIND_LABELS, meetingDayLabel, type Meeting } from '../../domain/meeting'
import { nextMonth, receptionDatesOfMonth, receptionDaysOf } from '../../domain/reception-days'
import { shanghaiDate } from '../../domain/deadlines'
import { stableId } from '../../domain/stable-id'
import { checkInCodeFor } from '../meetings/create-meeting'

export const RECEPTION_TIME = '09:00'

/** ISO weekday of a date: '1' Monday … '7' Sunday. */
function isoWeekday(date: string): string {
  return String(((new Date(date + 'T00:00:00Z').getUTCDay() + 6) % 7) + 1)
}

async function hostOn(deps: Deps, community: Community, date: string): Promise<Pick<Meeting, 'hostId' | 'hostName'>> {
  for (const userId of community.dutyRoster?.[isoWeekday(date)] ?? []) {
    const user = await deps.repos.users.get(userId)
    if (user) return { hostId: user.id, hostName: user.name }
  }
  return {}
}

/** Creates what is missing; answers how many meetings it created. */
export async function planReceptionMeetings(deps: Deps): Promise<number> {
  const now = deps.clock.now()
  const today = shanghaiDate(now)
  const months = [today.slice(0, 7), nextMonth(today)]
  let created = 0
  for (const street of await deps.repos.directory.listStreets()) {
    for (const community of await deps.repos.directory.listCommunities(street.id)) {
      const days = receptionDaysOf(community.receptionDays)
      for (const { nominal, date } of months.flatMap((month) => receptionDatesOfMonth(month, days, deps.calendar))) {
        if (date < today) continue
        const id = stableId('reception', community.id, nominal)
        const at = now.toISOString()
        const meeting: Meeting = {
          id,
          streetId: community.streetId,
          communityId: community.id,
          kind: 'reception',
          title: `${meetingDayLabel(date)}${MEETING_KIND_LABELS.reception}`,
          date,
          time: RECEPTION_TIME,
          place: community.hall || '居民说事厅',
          ...(await hostOn(deps, community, date)),
          status: 'planned',
          checkInCode: checkInCodeFor(id),
          participants: [],
          items: [],
          version: 1,
          createdBy: 'system',
          createdAt: at,
          updatedAt: at,
        }
        if (await deps.repos.meetings.create(meeting)) created++
      }
    }
  }
  return created
}

// The meetings of a community (or a whole street) in some statuses whose date falls in a period, read a page of 100 at
// a time through the (scope, status, date) indexes, earliest first: for the 台账 and the 议事 figures.
import type { Deps } from '../../ports'
import type { Meeting } from '../../domain/meeting'
import type { MeetingStatus } from '../../domain/meeting-status'

export interface MeetingScope {
  streetId: string
  /** One community, or the whole street when absent. */
  communityId?: string
}

/** At most `max` meetings per status (a bound for one answer or one file). */
export async function meetingsInPeriod(
  deps: Deps, scope: MeetingScope, statuses: readonly MeetingStatus[], fromDate: string, toDate: string, max = 2_000,
): Promise<Meeting[]> {
  const where = scope.communityId ? { communityId: scope.communityId } : { streetId: scope.streetId }
  const out: Meeting[] = []
  for (const status of statuses) {
    let read = 0
    let cursor: string | undefined
    do {
      const page = await deps.repos.meetings.list({ ...where, status, order: 'asc', fromDate, toDate, cursor, limit: 100 })
      out.push(...page.items)
      read += page.items.length
      cursor = read < max ? page.nextCursor : undefined
    } while (cursor !== undefined)
  }
  return out.sort((a, b) => (a.date + a.time + a.id).localeCompare(b.date + b.time + b.id))
}

// The meetings list: upcoming (planned, from today, earliest first), held (awaiting minutes), minuted and cancelled
// (newest first). Staff, supervisors and grid workers of the community; admins of the street. Errors: FORBIDDEN.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { MeetingStatus } from '../../domain/meeting-status'
import { shanghaiDate } from '../../domain/deadlines'
import type { MeetingInputs, MeetingListView } from '../../contracts/meeting-inputs'
import type { MeetingList } from '../../contracts/meeting-views'
import { LIMITS } from '../../contracts/functions'
import { fail, ok, type Result } from '../../contracts/result'
import { cursorOwner, openCursor, sealCursor } from '../page-cursor'
import { allowedRole } from './meeting-access'
import { summarizeMeeting } from './present-meeting'

const VIEWS: Record<MeetingListView, { status: MeetingStatus; order: 'asc' | 'desc' }> = {
  upcoming: { status: 'planned', order: 'asc' },
  held: { status: 'held', order: 'desc' },
  minuted: { status: 'minuted', order: 'desc' },
  cancelled: { status: 'cancelled', order: 'desc' },
}

export async function listMeetings(deps: Deps, actor: Actor, input: MeetingInputs['listMeetings']): Promise<Result<MeetingList>> {
  if (!allowedRole(actor, 'listMeetings') || (actor.role !== 'admin' && !actor.communityId)) return fail('FORBIDDEN')
  const owner = cursorOwner(actor.userId, `listMeetings:${input.view}`)
  const opened = openCursor(owner, input.cursor)
  if ('ok' in opened) return opened
  const view = VIEWS[input.view]
  const page = await deps.repos.meetings.list({
    ...(actor.role === 'admin' ? { streetId: actor.streetId } : { communityId: actor.communityId }),
    ...view,
    ...(input.view === 'upcoming' ? { fromDate: shanghaiDate(deps.clock.now()) } : {}),
    limit: input.limit ?? LIMITS.pageSize,
    cursor: opened.cursor,
  })
  const nextCursor = sealCursor(owner, page.nextCursor)
  return ok({ items: page.items.map(summarizeMeeting), ...(nextCursor ? { nextCursor } : {}) })
}

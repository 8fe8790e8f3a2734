// Open one meeting: its community's staff, supervisors and grid workers, its street's admins, its participants, and
// the petitioners of its case items. Errors: FORBIDDEN, NOT_FOUND.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { MeetingView } from '../../contracts/meeting-views'
import { ok, type Result } from '../../contracts/result'
import { openMeeting } from './meeting-access'
import { presentMeeting } from './present-meeting'

export async function getMeeting(deps: Deps, actor: Actor, meetingId: string): Promise<Result<MeetingView>> {
  const opened = await openMeeting(deps, actor, meetingId, 'getMeeting')
  return opened.ok ? ok(await presentMeeting(deps, actor, opened.value)) : opened
}

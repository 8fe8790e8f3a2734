// Publish the minutes to the 公示栏: held → minuted, once every item has its decision. Staff / admins of its community.
// Errors: FORBIDDEN, NOT_FOUND, INVALID_INPUT (items without a decision), TRANSITION_NOT_ALLOWED.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { undecidedItems, type Meeting } from '../../domain/meeting'
import type { MeetingInputs } from '../../contracts/meeting-inputs'
import { fail, ok, type Result } from '../../contracts/result'
import { openMeeting } from './meeting-access'
import { saveMeeting } from './save-meeting'

export async function publishMinutes(deps: Deps, actor: Actor, input: MeetingInputs['publishMinutes']): Promise<Result<Meeting>> {
  const opened = await openMeeting(deps, actor, input.meetingId, 'publishMinutes')
  if (!opened.ok) return opened
  return saveMeeting(deps, opened.value, 'publishMinutes', (current) => {
    const open = undecidedItems(current)
    if (current.items.length === 0) return fail('INVALID_INPUT', '议事会没有议题，没有纪要可公示')
    if (open.length > 0) return fail('INVALID_INPUT', `还有议题未形成决议：${open.map((i) => i.title).join('、')}`)
    return ok({ publishedAt: deps.clock.now().toISOString() })
  })
}

// Apply one change to a meeting: check the status allows it (the transition table), apply it to the stored meeting,
// save over the version read; on a concurrent save read it again and retry (the change is re-checked each time).
import type { Deps } from '../../ports'
import type { Meeting } from '../../domain/meeting'
import { meetingChangeAllowed, meetingStatusAfter, type MeetingChange } from '../../domain/meeting-status'
import { fail, ok, type Result } from '../../contracts/result'

const NOT_NOW: Record<Meeting['status'], string> = {
  planned: '议事会还未召开，不能进行这项操作',
  held: '议事会已召开，不能再修改安排',
  minuted: '议事会纪要已公示，不能再修改',
  cancelled: '议事会已取消，不能再修改或记录纪要',
}

export function checkChange(change: MeetingChange, meeting: Meeting): Result<true> {
  return meetingChangeAllowed(change, meeting.status) ? ok(true) : fail('TRANSITION_NOT_ALLOWED', NOT_NOW[meeting.status])
}

export async function saveMeeting(deps: Deps, meeting: Meeting, change: MeetingChange, apply: (current: Meeting) => Result<Partial<Meeting>>): Promise<Result<Meeting>> {
  let current: Meeting | undefined = meeting
  for (let attempt = 0; attempt < 3 && current; attempt++) {
    const allowed = checkChange(change, current)
    if (!allowed.ok) return allowed
    const applied = apply(current)
    if (!applied.ok) return applied
    const next: Meeting = {
      ...current,
      ...applied.value,
      status: meetingStatusAfter(change, current.status),
      version: current.version + 1,
      updatedAt: deps.clock.now().toISOString(),
    }
    if ((await deps.repos.meetings.save(next)) === 'saved') return ok(next)
    current = await deps.repos.meetings.get(meeting.id)
  }
  return fail('STALE_VERSION', '议事会已被他人更新，请刷新后再试')
}

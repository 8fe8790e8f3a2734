// 议事纪要, one item at a time: the discussion, the decision (solution and measures), the unit(s), the working-day
// deadline and the level. For a case item the case moves onAgenda → deliberated (recordDecision) and, when the
// decision names a unit, a deadline and a level, on to assigned (assign) in the same step: one timeline event each.
// The petitioner hears the decision (and the assignment); parties concerned on the list hear the decision.
// Staff / admins of the meeting's community, on or after the meeting day.
// Errors: FORBIDDEN, NOT_FOUND (meeting, item, unit), INVALID_INPUT, TRANSITION_NOT_ALLOWED (already decided,
// cancelled or published meeting, case not on the agenda), STALE_VERSION.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { CaseRecord } from '../../domain/case'
import type { ItemMinutes, Meeting } from '../../domain/meeting'
import { shanghaiDate } from '../../domain/deadlines'
import type { MeetingInputs } from '../../contracts/meeting-inputs'
import { fail, ok, type Result } from '../../contracts/result'
import { changeCase } from '../change-case'
import { openMeeting } from './meeting-access'
import { checkChange, saveMeeting } from './save-meeting'
import { tellParties } from './tell-parties'

export async function recordMinutes(deps: Deps, actor: Actor, input: MeetingInputs['recordMinutes']): Promise<Result<Meeting>> {
  const opened = await openMeeting(deps, actor, input.meetingId, 'recordMinutes')
  if (!opened.ok) return opened
  const meeting = opened.value
  const allowed = checkChange('recordMinutes', meeting)
  if (!allowed.ok) return allowed
  const entry = meeting.items.find((i) => i.id === input.itemId)
  if (!entry) return fail('NOT_FOUND', '议程中没有这个议题', 'itemId')
  if (entry.minutes) return fail('TRANSITION_NOT_ALLOWED', '这个议题已形成决议，不能重复记录')
  if (meeting.date > shanghaiDate(deps.clock.now())) return fail('INVALID_INPUT', '议事会还未召开，不能记录纪要')
  for (const unitId of input.unitIds) {
    const unit = await deps.repos.directory.getUnit(unitId)
    if (!unit || unit.streetId !== meeting.streetId) return fail('NOT_FOUND', '找不到这个承办单位', 'unitIds')
  }
  const assigns = input.unitIds.length > 0 && input.workingDays !== undefined && input.level !== undefined
  if ((input.workingDays !== undefined || input.level !== undefined) && !assigns) return fail('INVALID_INPUT', '交办需要同时填写承办单位、办理时限和办理层级', 'unitIds')

  let decided: CaseRecord | undefined
  if (entry.kind === 'case') {
    const item = await deps.repos.cases.get(entry.caseId)
    // 逢五说事: a case raised at the reception is not on an agenda; its minutes are the meeting's record only.
    if (item && item.status !== 'onAgenda' && meeting.kind === 'reception') return saveMinutes(deps, actor, meeting, entry.id, input)
    if (!item || item.status !== 'onAgenda') return fail('TRANSITION_NOT_ALLOWED', '这件事项不在待上会状态，不能记录决议')
    const decision = await changeCase(deps, actor, 'recordDecision', { caseId: item.id, version: item.version, decision: input.decision, note: input.summary, attachments: [] })
    if (!decision.ok) return decision
    decided = decision.value
    if (assigns) {
      const assigned = await changeCase(deps, actor, 'assign', { caseId: item.id, version: decided.version, unitId: input.unitIds[0], level: input.level!, workingDays: input.workingDays!, attachments: [] })
      if (!assigned.ok) return assigned
      decided = assigned.value
    }
  }
  const saved = await saveMinutes(deps, actor, meeting, entry.id, input)
  if (saved.ok) await tellParties(deps, saved.value, entry.title, input.decision, decided)
  return saved
}

function saveMinutes(deps: Deps, actor: Actor, meeting: Meeting, itemId: string, input: MeetingInputs['recordMinutes']): Promise<Result<Meeting>> {
  const minutes: ItemMinutes = {
    summary: input.summary,
    decision: input.decision,
    unitIds: input.unitIds,
    ...(input.workingDays !== undefined ? { workingDays: input.workingDays } : {}),
    ...(input.level ? { level: input.level } : {}),
    recordedAt: deps.clock.now().toISOString(),
    recordedBy: actor.name,
  }
  return saveMeeting(deps, meeting, 'recordMinutes', (current) => ok({ items: current.items.map((i) => (i.id === itemId ? { ...i, minutes } : i)) }))
}

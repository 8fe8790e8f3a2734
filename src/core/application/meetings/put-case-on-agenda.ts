// 列入议事会: a triaged case goes on a meeting's agenda. The caller names a planned meeting, or a date and place (the
// planned 议事会 there that day, else a new one). The case moves triaged → onAgenda (its event names the meeting) and
// the meeting gets the case as an item. Staff / admins in scope. The case is checked before anything is written.
// Errors: CASE_NOT_FOUND, FORBIDDEN, STALE_VERSION, TRANSITION_NOT_ALLOWED (case not triaged; meeting not planned),
// NOT_FOUND (meeting), INVALID_INPUT (no meeting named, a date already past).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { CaseRecord } from '../../domain/case'
import type { Meeting } from '../../domain/meeting'
import { can, canView } from '../../domain/permissions'
import type { ActionInputs } from '../../contracts/case-inputs'
import { fail, ok, type Result } from '../../contracts/result'
import { changeCase } from '../change-case'
import { summary } from '../notices'
import { openMeeting } from './meeting-access'
import { checkChange, saveMeeting } from './save-meeting'
import { createMeeting } from './create-meeting'

const DEFAULT_TIME = '14:30'

/** The planned meeting the input names, found or (for a date and place) created. */
async function meetingFor(deps: Deps, actor: Actor, item: CaseRecord, input: ActionInputs['putOnAgenda']): Promise<Result<Meeting>> {
  if (input.meetingId) return openMeeting(deps, actor, input.meetingId, 'addAgendaItem')
  if (!input.meetingDate || !input.place) return fail('INVALID_INPUT', '请选择议事会，或填写议事日期和地点', 'meetingId')
  const sameDay = await deps.repos.meetings.list({ communityId: item.communityId, status: 'planned', order: 'asc', fromDate: input.meetingDate, toDate: input.meetingDate, limit: 20 })
  const found = sameDay.items.find((m) => m.kind === 'roundtable' && m.place === input.place)
  if (found) return ok(found)
  return createMeeting(deps, actor, { kind: 'roundtable', date: input.meetingDate, time: DEFAULT_TIME, place: input.place, communityId: item.communityId })
}

export async function putCaseOnAgenda(deps: Deps, actor: Actor, input: ActionInputs['putOnAgenda']): Promise<Result<CaseRecord>> {
  const item = await deps.repos.cases.get(input.caseId)
  if (!item || !canView(actor, item)) return fail('CASE_NOT_FOUND', '找不到这件事项，或它不在您的管辖范围内', 'caseId')
  if (input.version !== item.version) return fail('STALE_VERSION')
  if (item.status !== 'triaged') return fail('TRANSITION_NOT_ALLOWED', '只有已受理的事项才能列入议事会')
  if (!can(actor, 'putOnAgenda', item)) return fail('FORBIDDEN')
  const found = await meetingFor(deps, actor, item, input)
  if (!found.ok) return found
  const meeting = found.value
  if (meeting.communityId !== item.communityId) return fail('INVALID_INPUT', '只能列入本社区的议事会', 'meetingId')
  const open = checkChange('editAgenda', meeting)
  if (!open.ok) return open

  const changed = await changeCase(deps, actor, 'putOnAgenda', { ...input, meetingId: meeting.id, meetingDate: meeting.date, place: meeting.place })
  if (!changed.ok) return changed
  const saved = await saveMeeting(deps, meeting, 'editAgenda', (current) =>
    ok({ items: current.items.some((i) => i.kind === 'case' && i.caseId === item.id) ? current.items : [...current.items, { id: `case-${item.id}`, kind: 'case' as const, caseId: item.id, caseNo: item.caseNo, title: summary(item) }] }),
  )
  return saved.ok ? changed : saved
}

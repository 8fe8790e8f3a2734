// Add an item to a planned meeting's agenda: a case (from triaged; it goes on the agenda as by putOnAgenda), a topic
// (定题说事 of the same community: referenced by id and its question; its tally comes from the topic itself) or a
// free item. Staff / admins.
// Errors: FORBIDDEN, NOT_FOUND, CASE_NOT_FOUND, INVALID_INPUT, TRANSITION_NOT_ALLOWED.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { AgendaItem, Meeting } from '../../domain/meeting'
import type { MeetingInputs } from '../../contracts/meeting-inputs'
import { fail, ok, type Result } from '../../contracts/result'
import { openMeeting } from './meeting-access'
import { saveMeeting } from './save-meeting'
import { putCaseOnAgenda } from './put-case-on-agenda'

export async function addAgendaItem(deps: Deps, actor: Actor, input: MeetingInputs['addAgendaItem']): Promise<Result<Meeting>> {
  const opened = await openMeeting(deps, actor, input.meetingId, 'addAgendaItem')
  if (!opened.ok) return opened
  if (input.kind === 'case') {
    if (!input.caseId) return fail('INVALID_INPUT', '请选择要上会的事项', 'caseId')
    const item = await deps.repos.cases.get(input.caseId)
    if (!item) return fail('CASE_NOT_FOUND', '找不到这件事项，或它不在您的管辖范围内', 'caseId')
    const put = await putCaseOnAgenda(deps, actor, { caseId: item.id, version: item.version, meetingId: opened.value.id, attachments: [] })
    if (!put.ok) return put
    return ok((await deps.repos.meetings.get(opened.value.id))!)
  }
  let entry: AgendaItem
  if (input.kind === 'topic') {
    const topic = input.topicId ? await deps.repos.topics.get(input.topicId) : undefined
    if (!topic || topic.communityId !== opened.value.communityId) return fail('NOT_FOUND', '找不到这个定题说事的议题', 'topicId')
    entry = { id: `topic-${topic.id}`, kind: 'topic', topicId: topic.id, title: input.title ?? topic.question }
  } else {
    if (!input.title) return fail('INVALID_INPUT', '请填写议题', 'title')
    entry = { id: deps.ids.next(), kind: 'free', title: input.title }
  }
  return saveMeeting(deps, opened.value, 'editAgenda', (current) =>
    current.items.some((i) => i.id === entry.id) ? fail('INVALID_INPUT', '这个议题已在议程中', 'topicId') : ok({ items: [...current.items, entry] }),
  )
}

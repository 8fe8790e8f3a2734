// 理事: triage (classify; for a voice-only report staff also type its gist), solve on the spot, merge a duplicate,
// refer elsewhere (转交, never 拒绝).
import { CATEGORIES } from '../../domain/category'
import { isOpen } from '../../domain/case-status'
import { inScope } from '../../domain/permissions'
import { fail, ok, type Result } from '../../contracts/result'
import { needsTranscript } from '../../domain/voice'
import type { CaseRecord } from '../../domain/case'
import type { Deps } from '../../ports'
import { suggestForText } from '../suggest-case'
import type { Effect } from './effect'

export const triage: Effect<'triage'> = async ({ deps, item, input }) => {
  if (input.unitId && !(await deps.repos.directory.getUnit(input.unitId))) return fail('NOT_FOUND', '找不到这个承办单位', 'unitId')
  const gist = input.gist?.trim() ? await gistChanges(deps, item, input.gist.trim()) : ok<GistChanges>({ changes: {}, data: {} })
  if (!gist.ok) return gist
  const suggestion = gist.value.changes.suggestion ?? item.suggestion
  const data: Record<string, unknown> = { category: input.category, categoryLabel: CATEGORIES[input.category].label, urgency: input.urgency, ...gist.value.data }
  if (suggestion && suggestion.category !== input.category) data.correctedFrom = suggestion.category
  return ok({ changes: { ...gist.value.changes, category: input.category, urgency: input.urgency, ...(input.unitId ? { unitId: input.unitId } : {}) }, data })
}

interface GistChanges { changes: Partial<CaseRecord>; data: Record<string, unknown> }

/**
 * 语音待转写: the gist staff typed becomes the case's text and is classified (the suggestion is stored); the event keeps
 * what the resident sent (the placeholder text and the recordings). Only for a case that is just a recording.
 */
async function gistChanges(deps: Deps, item: CaseRecord, gist: string): Promise<Result<GistChanges>> {
  if (!needsTranscript(item)) return fail('INVALID_INPUT', '只有语音待转写的事项需要填写内容摘要', 'gist')
  const community = await deps.repos.directory.getCommunity(item.communityId)
  const suggestion = community ? await suggestForText(deps, community, gist) : undefined
  const audio = item.attachments.filter((a) => a.kind === 'audio').map((a) => a.fileId)
  return ok({ changes: { text: gist, ...(suggestion ? { suggestion } : {}) }, data: { gist, originalText: item.text, audio } })
}

export const resolveOnSpot: Effect<'resolveOnSpot'> = ({ input }) => ok({ changes: { result: input.result }, data: { result: input.result } })

export const mergeDuplicate: Effect<'mergeDuplicate'> = async ({ deps, actor, item, input }) => {
  if (input.intoCaseId === item.id) return fail('INVALID_INPUT', '不能合并到事项自身', 'intoCaseId')
  const target = await deps.repos.cases.get(input.intoCaseId)
  if (!target || !inScope(actor, target)) return fail('CASE_NOT_FOUND', '找不到要合并到的事项', 'intoCaseId')
  if (!isOpen(target)) return fail('TRANSITION_NOT_ALLOWED', '要合并到的事项已结束，不能合并', 'intoCaseId')
  return ok({ changes: { mergedInto: target.id, closure: 'merged' }, data: { intoCaseId: target.id, intoCaseNo: target.caseNo } })
}

export const refer: Effect<'refer'> = ({ input }) =>
  ok({ changes: { referral: { to: input.to, reason: input.reason }, closure: 'referred' }, data: { to: input.to, reason: input.reason } })

// 合并候选: the open cases of the same community whose text reads most like this one, for staff deciding a merge.
// Who: staff and admins in scope. Answers at most 5, best first (similarity > 0); when none is alike, the 5 newest
// open ones with similarity 0 so staff can still pick. Errors: FORBIDDEN, CASE_NOT_FOUND.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import { STATUS_GROUPS } from '../domain/case-status'
import { inScope } from '../domain/permissions'
import { textSimilarity } from '../domain/text-similarity'
import type { SimilarCaseView } from '../contracts/views'
import { fail, ok, type Result } from '../contracts/result'
import { presentCases } from './present-cases'
import { readCases } from './read-cases'

export const SIMILAR_CASES_SHOWN = 5
/** The newest open cases of the community compared against. */
export const SIMILAR_CASES_READ = 200

export async function listSimilar(deps: Deps, actor: Actor, input: { caseId: string }): Promise<Result<{ items: SimilarCaseView[] }>> {
  if (actor.role !== 'staff' && actor.role !== 'admin') return fail('FORBIDDEN', '只有社区工作人员可以查找同类事项')
  const item = await deps.repos.cases.get(input.caseId)
  if (!item || !inScope(actor, item)) return fail('CASE_NOT_FOUND', '找不到这件事项，或它不在您的管辖范围内', 'caseId')

  const open = await readCases(deps, { communityId: item.communityId, statuses: STATUS_GROUPS.open }, SIMILAR_CASES_READ)
  const scored = open.items.filter((c) => c.id !== item.id).map((c) => ({ item: c, similarity: textSimilarity(item.text, c.text) }))
  const alike = scored.filter((s) => s.similarity > 0).sort((a, b) => b.similarity - a.similarity)
  const chosen = (alike.length > 0 ? alike : scored).slice(0, SIMILAR_CASES_SHOWN)
  const views = await presentCases(deps, actor, chosen.map((s) => s.item))
  return ok({ items: views.map((view, i) => ({ ...view, similarity: chosen[i].similarity })) })
}

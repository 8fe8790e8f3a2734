// Open one case with its timeline. Anyone whose scope covers the case. Errors: CASE_NOT_FOUND.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import { canView, handlesCase } from '../domain/permissions'
import { maskName } from '../domain/masking'
import type { CaseDetail } from '../contracts/views'
import { fail, ok, type Result } from '../contracts/result'
import { presentCase } from './present-cases'
import { withViewUrls } from './attachments'
import { holdsForViewer } from './content-review'

export async function getCase(deps: Deps, actor: Actor, caseId: string): Promise<Result<CaseDetail>> {
  const item = await deps.repos.cases.get(caseId)
  if (!item || !canView(actor, item)) return fail('CASE_NOT_FOUND', '找不到这件事项，或它不在您的管辖范围内', 'caseId')
  const events = await deps.repos.events.listByCase(item.id)
  const unmasked = handlesCase(actor, item)
  const timeline = events.map((e) =>
    !unmasked && e.actorRole === 'resident' ? { ...e, actorName: maskName(e.actorName) } : e,
  )
  // Private storage: the files are shown through short-lived links issued to this caller, who may see the case.
  const detail = await withViewUrls(deps, { case: await presentCase(deps, actor, item), timeline })
  const contentReview = await holdsForViewer(deps, actor, item.id)
  return ok(contentReview ? { ...detail, contentReview } : detail)
}

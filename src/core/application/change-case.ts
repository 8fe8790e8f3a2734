// Run one workflow action on an existing case: find it, check scope, version, status, role; apply the effect;
// save with optimistic concurrency and an appended event; notify. Who may call: see TRANSITIONS.
// Answers the updated case. Errors: CASE_NOT_FOUND, FORBIDDEN, TRANSITION_NOT_ALLOWED, STALE_VERSION, NOT_FOUND, INVALID_INPUT.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { CaseRecord } from '../domain/case'
import { canView, can } from '../domain/permissions'
import { findTransition, type CaseAction } from '../domain/transitions'
import type { ActionInputs, ChangeAction } from '../contracts/case-inputs'
import { fail, ok, type Result } from '../contracts/result'
import { EFFECTS } from './effects'
import { buildEvent } from './events'
import { notifyAfterChange } from './after-change-notices'

export async function changeCase<A extends ChangeAction>(deps: Deps, actor: Actor, action: A, input: ActionInputs[A]): Promise<Result<CaseRecord>> {
  const item = await deps.repos.cases.get(input.caseId)
  if (!item || !canView(actor, item)) return fail('CASE_NOT_FOUND', '找不到这件事项，或它不在您的管辖范围内', 'caseId')
  if (input.version !== item.version) return fail('STALE_VERSION')
  const checked = checkAllowed(actor, action, item)
  if (!checked.ok) return checked

  const now = deps.clock.now()
  const outcome = await EFFECTS[action]({ deps, actor, item, input, now })
  if (!outcome.ok) return outcome
  const taken: CaseAction = outcome.value.action ?? action
  const final = checkAllowed(actor, taken, item)
  if (!final.ok) return final

  const updated: CaseRecord = {
    ...item,
    ...outcome.value.changes,
    status: final.value,
    version: item.version + 1,
    updatedAt: now.toISOString(),
  }
  const events = await deps.repos.events.listByCase(item.id)
  const event = buildEvent({
    id: deps.ids.next(),
    item: updated,
    seq: events.length + 1,
    action: taken,
    from: item.status,
    actor,
    at: updated.updatedAt,
    note: input.note,
    attachments: input.attachments,
    data: outcome.value.data,
  })
  const saved = await deps.repos.cases.saveTransition(updated, event)
  if (saved === 'stale') return fail('STALE_VERSION')
  await notifyAfterChange(deps, updated, event)
  return ok(updated)
}

function checkAllowed(actor: Actor, action: CaseAction, item: CaseRecord): Result<CaseRecord['status']> {
  const transition = findTransition(item.status, action)
  if (!transition) return fail('TRANSITION_NOT_ALLOWED')
  if (!can(actor, action, item)) return fail('FORBIDDEN')
  return ok(transition.to)
}

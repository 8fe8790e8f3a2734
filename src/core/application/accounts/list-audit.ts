// 变动记录: the audit trail of administration — invites, grants, revocations, imports — newest first (at most 100).
// Admins: their street; staff: their community. Others FORBIDDEN.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { AUDIT_ACTION_LABELS, type AuditEvent } from '../../domain/accounts'
import { fail, ok, type Result } from '../../contracts/result'

export type AuditView = AuditEvent & { actionLabel: string }

export async function listAudit(deps: Deps, actor: Actor, input: { limit?: number }): Promise<Result<AuditView[]>> {
  if (actor.role !== 'admin' && !(actor.role === 'staff' && actor.communityId)) return fail('FORBIDDEN', '只有街道管理员和社区工作人员可以查看')
  const scope = actor.role === 'staff' ? { streetId: actor.streetId, communityId: actor.communityId } : { streetId: actor.streetId }
  const events = await deps.repos.admin.listAudit(scope, input.limit ?? 100)
  return ok(events.map((event) => ({ ...event, actionLabel: AUDIT_ACTION_LABELS[event.action] })))
}

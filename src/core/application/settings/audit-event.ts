// The audit event of a settings change: who, when, what (before and after where it helps).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { AuditAction, AuditEvent } from '../../domain/accounts'

export function settingsAuditEvent(deps: Deps, actor: Actor, action: AuditAction, communityId: string | undefined, data: Record<string, unknown>): AuditEvent {
  return {
    id: deps.ids.next(), streetId: actor.streetId, ...(communityId ? { communityId } : {}), at: deps.clock.now().toISOString(), action,
    actor: { userId: actor.userId, name: actor.name, role: actor.role }, data,
  }
}

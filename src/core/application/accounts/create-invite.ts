// 邀请: an admin (any role in their street) or a staff member (their own community, never 街道管理员) invites a worker
// to a role and scope. Answers the invite with its code and the mini-program path to open; writes an audit event.
// Errors: FORBIDDEN (role or scope not the caller's to grant), NOT_FOUND (grid, community, unit), INVALID_INPUT.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { INVITE_DAYS_DEFAULT, inviteCodeFrom, type Invite } from '../../domain/accounts'
import { mayGrant } from '../../domain/account-permissions'
import { fail, ok, type Result } from '../../contracts/result'
import { resolveInviteScope, type ScopeInput } from './invite-scope'
import { presentInvite, type InviteView } from './present-invite'

export interface CreateInviteInput extends ScopeInput {
  forName?: string
  days?: number
}

export async function createInvite(deps: Deps, actor: Actor, input: CreateInviteInput): Promise<Result<InviteView>> {
  if (actor.role !== 'admin' && actor.role !== 'staff') return fail('FORBIDDEN', '只有街道管理员和社区工作人员可以邀请')
  if (actor.role === 'staff' && input.role === 'admin') return fail('FORBIDDEN', '社区工作人员不能邀请街道管理员')
  const resolved = await resolveInviteScope(deps, actor, input)
  if (!resolved.ok) return resolved
  if (!mayGrant(actor, input.role, resolved.value.placed)) return fail('FORBIDDEN', '只能邀请本社区（或本街道）的工作人员')
  const now = deps.clock.now()
  const invite: Invite = {
    code: inviteCodeFrom(deps.ids.next()),
    role: input.role,
    ...resolved.value.scope,
    scopeLabel: resolved.value.label,
    ...(input.forName ? { forName: input.forName } : {}),
    createdBy: { userId: actor.userId, name: actor.name, role: actor.role },
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + (input.days ?? INVITE_DAYS_DEFAULT) * 86_400_000).toISOString(),
  }
  await deps.repos.admin.createInvite(invite, {
    id: deps.ids.next(),
    streetId: invite.streetId,
    ...(resolved.value.placed.communityId ? { communityId: resolved.value.placed.communityId } : {}),
    at: invite.createdAt,
    action: 'createInvite',
    actor: invite.createdBy,
    data: { code: invite.code, role: invite.role, scope: resolved.value.scope, scopeLabel: invite.scopeLabel, expiresAt: invite.expiresAt, forName: invite.forName },
  })
  return ok(presentInvite(invite, now))
}

// 撤回邀请: an invite nobody has redeemed yet is withdrawn by whoever may grant its role in its place (an admin of the
// street; staff of its community) or by its creator. Writes a withdrawInvite audit event. Answers the InviteView.
// Errors: NOT_FOUND (no such invite in the caller's street), FORBIDDEN, INVITE_NOT_USABLE (already redeemed or withdrawn).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { normalizeInviteCode } from '../../domain/accounts'
import { mayGrant } from '../../domain/account-permissions'
import { fail, ok, type Result } from '../../contracts/result'
import { presentInvite, type InviteView } from './present-invite'

export async function withdrawInvite(deps: Deps, actor: Actor, input: { code: string }): Promise<Result<InviteView>> {
  const code = normalizeInviteCode(input.code)
  const invite = await deps.repos.admin.getInvite(code)
  if (!invite || invite.streetId !== actor.streetId) return fail('NOT_FOUND', '找不到这个邀请', 'code')
  const own = invite.createdBy.userId === actor.userId
  if (!own && !mayGrant(actor, invite.role, { streetId: invite.streetId, communityId: invite.communityId })) return fail('FORBIDDEN', '只能撤回本社区（或本街道）的邀请')
  const now = deps.clock.now()
  const withdrawn = { by: { userId: actor.userId, name: actor.name, role: actor.role }, at: now.toISOString() }
  const done = await deps.repos.admin.withdrawInvite(code, withdrawn, {
    id: deps.ids.next(),
    streetId: invite.streetId,
    ...(invite.communityId ? { communityId: invite.communityId } : {}),
    at: withdrawn.at,
    action: 'withdrawInvite',
    actor: withdrawn.by,
    data: { code, role: invite.role, scopeLabel: invite.scopeLabel },
  })
  if (!done) return fail('INVITE_NOT_USABLE', invite.redeemed ? '这个邀请已被领取，不能撤回；如需取消，请撤销此人的身份' : '这个邀请已撤回', 'code')
  return ok(presentInvite({ ...invite, withdrawn }, now))
}

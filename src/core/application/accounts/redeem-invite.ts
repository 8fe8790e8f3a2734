// 领取邀请: whoever opens the invite (any OPENID; locally the session) becomes a user with its role and scope, once.
// A resident keeps their name, phone and household; a newcomer gives their name. Writes a grantRole audit event
// (who: the inviter; whom: the person).
// Errors: INVITE_NOT_USABLE (no such code, used, withdrawn, expired), FORBIDDEN (already a worker), INVALID_INPUT (name).
import type { Deps } from '../../ports'
import type { User } from '../../domain/directory'
import { ROLE_LABELS } from '../../domain/roles'
import { inviteState, normalizeInviteCode, type Invite } from '../../domain/accounts'
import { isWorker } from '../../domain/account-permissions'
import { fail, ok, type Result } from '../../contracts/result'

export interface RedeemInput {
  code: string
  name?: string
  phone?: string
}

export interface Redeemed {
  userId: string
  name: string
  role: Invite['role']
  roleLabel: string
  scopeLabel: string
}

function scopeFields(invite: Invite): Partial<User> {
  if (invite.role === 'gridWorker') return { communityId: invite.communityId, gridIds: [invite.gridId!] }
  if (invite.role === 'handler') return { unitId: invite.unitId }
  if (invite.role === 'admin') return {}
  return { communityId: invite.communityId }
}

export async function redeemInvite(deps: Deps, openid: string, input: RedeemInput): Promise<Result<Redeemed>> {
  const code = normalizeInviteCode(input.code)
  const invite = await deps.repos.admin.getInvite(code)
  if (!invite) return fail('INVITE_NOT_USABLE', '找不到这个邀请码，请核对后再输入', 'code')
  const now = deps.clock.now()
  const state = inviteState(invite, now)
  if (state === 'redeemed') return fail('INVITE_NOT_USABLE', '这个邀请已被使用，每个邀请只能用一次', 'code')
  if (state === 'withdrawn') return fail('INVITE_NOT_USABLE', '这个邀请已撤回，请联系邀请您的人', 'code')
  if (state === 'expired') return fail('INVITE_NOT_USABLE', '这个邀请已过期，请联系邀请您的人重新邀请', 'code')
  const existing = await deps.repos.users.getByOpenid(openid)
  if (existing && isWorker(existing)) return fail('FORBIDDEN', `您已是${ROLE_LABELS[existing.role]}，请先由管理员撤销原有身份再领取`)
  const name = existing?.name ?? input.name?.trim()
  if (!name) return fail('INVALID_INPUT', '请填写您的姓名', 'name')
  if (!existing && input.phone && !/^1\d{10}$/.test(input.phone)) return fail('INVALID_INPUT', '请填写11位手机号码', 'phone')
  const phone = existing?.phone ?? input.phone
  const user: User = {
    id: existing?.id ?? deps.ids.next(),
    openid,
    name,
    role: invite.role,
    streetId: invite.streetId,
    ...(phone ? { phone } : {}),
    ...(existing?.householdId ? { householdId: existing.householdId } : {}),
    ...scopeFields(invite),
  }
  const at = now.toISOString()
  const done = await deps.repos.admin.redeemInvite(code, { userId: user.id, name, at }, user, {
    id: deps.ids.next(),
    streetId: invite.streetId,
    ...(invite.communityId ? { communityId: invite.communityId } : {}),
    at,
    action: 'grantRole',
    actor: invite.createdBy,
    subject: { userId: user.id, name },
    data: { code, role: invite.role, scopeLabel: invite.scopeLabel, redeemedAt: at, previousRole: existing?.role ?? null },
  })
  if (!done) return fail('INVITE_NOT_USABLE', '这个邀请已被使用，每个邀请只能用一次', 'code')
  return ok({ userId: user.id, name, role: invite.role, roleLabel: ROLE_LABELS[invite.role], scopeLabel: invite.scopeLabel })
}

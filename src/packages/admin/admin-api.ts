// The identity function's administration actions, for the pages of this subpackage (through services/cloud-api).
import type { FunctionResponse } from '@core/contracts/result'
import type { InviteChoices } from '@core/application/accounts/invite-choices'
import type { InviteView } from '@core/application/accounts/present-invite'
import type { WorkerView } from '@core/application/accounts/list-workers'
import type { Redeemed } from '@core/application/accounts/redeem-invite'
import type { AuditView } from '@core/application/accounts/list-audit'
import type { WorkerRole } from '@core/domain/accounts'
import { cloudApi } from '@/services/cloud-api'

export type { InviteChoices, InviteView, WorkerView, Redeemed, AuditView }

export interface InviteForm {
  role?: WorkerRole
  communityId?: string
  gridId?: string
  unitId?: string
}

const call = <T>(action: string, payload?: unknown): Promise<FunctionResponse<T>> => cloudApi.callFunction<T>('identity', action, payload)

export const adminApi = {
  choices: () => call<InviteChoices>('listInviteChoices'),
  invites: () => call<InviteView[]>('listInvites'),
  workers: () => call<WorkerView[]>('listWorkers'),
  audit: () => call<AuditView[]>('listAudit', { limit: 10 }),
  createInvite: (form: InviteForm) => call<InviteView>('createInvite', form),
  withdraw: (code: string) => call<InviteView>('withdrawInvite', { code }),
  revoke: (userId: string) => call<{ userId: string; role: string | null }>('revokeRole', { userId }),
  redeem: (input: { code: string; name?: string; phone?: string }) => call<Redeemed>('redeemInvite', input),
  whoami: () => call<{ user: { name: string; role: string } }>('whoami'),
}

/** Is the form complete for its role (the place each role needs)? */
export function inviteFormReady(form: InviteForm): boolean {
  if (!form.role) return false
  if (form.role === 'gridWorker') return Boolean(form.communityId && form.gridId)
  if (form.role === 'staff' || form.role === 'supervisor') return Boolean(form.communityId)
  if (form.role === 'handler') return Boolean(form.unitId)
  return true
}

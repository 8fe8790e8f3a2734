// What the app shows of an invite: its state, labels, the code grouped for reading aloud, the page to open.
import { INVITE_STATE_LABELS, formatInviteCode, inviteState, type Invite, type InviteState } from '../../domain/accounts'
import { ROLE_LABELS } from '../../domain/roles'

export const REDEEM_PAGE = 'packages/admin/redeem/index'

export interface InviteView extends Invite {
  displayCode: string
  roleLabel: string
  state: InviteState
  stateLabel: string
  /** The mini-program page (share card path; a QR code's scene is the code itself). */
  path: string
}

export function presentInvite(invite: Invite, now: Date): InviteView {
  const state = inviteState(invite, now)
  return {
    ...invite,
    displayCode: formatInviteCode(invite.code),
    roleLabel: ROLE_LABELS[invite.role],
    state,
    stateLabel: INVITE_STATE_LABELS[state],
    path: `${REDEEM_PAGE}?code=${invite.code}`,
  }
}

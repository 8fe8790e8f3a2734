// Where the invite is opened: the mini-program page (share card / QR scene) or, in a browser, this site's address.
import type { InviteView } from './admin-api'

export function redeemLink(invite: Pick<InviteView, 'path' | 'code'>): string {
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') return `${window.location.origin}/#/${invite.path}`
  return `/${invite.path}`
}

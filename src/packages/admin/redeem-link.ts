// Where the invite is opened: the mini-program page (share card / QR scene) or, in a browser, this site's address.
import type { InviteView } from './admin-api'

export function redeemLink(invite: Pick<InviteView, 'path' | 'code'>): string {
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') return `${window.location.origin}/#/${invite.path}`
  return `/${invite.path}`
}

/** How to hand the invite over, in the words of the platform the admin is on. */
export function handOverHint(): string {
  return process.env.TARO_ENV === 'h5'
    ? '把下面的地址发给对方在浏览器打开，或请对方在“领取邀请”页输入邀请码。7天内有效，只能用一次。'
    : '点右上角“…”把邀请转发给对方，或请对方在“领取邀请”页输入邀请码。7天内有效，只能用一次。'
}

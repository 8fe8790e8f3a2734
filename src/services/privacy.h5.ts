// Browser (local runtime): the register page shows the privacy guide's text itself; there is no privacy pop-up to answer
// and no WeChat phone verification (the number is typed and kept as unverified).
export * from './privacy-types'
import type { PrivacyApi } from './privacy-types'

export const privacyApi: PrivacyApi = {
  openContract: () => Promise.resolve(false),
  onNeedAuthorization: () => () => undefined,
  canVerifyPhone: false,
}

// The privacy guide and authorization. Platform files implement it:
//   privacy.weapp.ts — Taro.openPrivacyContract, Taro.onNeedPrivacyAuthorization, getPhoneNumber available
//   privacy.h5.ts    — the register page shows the guide's text itself; nothing to authorize; phone typed only
// Taro resolves `@/services/privacy` to the platform's file; this file is what TypeScript and other runners see.
export * from './privacy-types'
import type { PrivacyApi } from './privacy-types'

export const privacyApi: PrivacyApi = {
  openContract: () => Promise.resolve(false),
  onNeedAuthorization: () => () => undefined,
  canVerifyPhone: false,
}

// WeChat: exchange a getPhoneNumber code for the user's number (permission phonenumber.getPhoneNumber in identity's
// config.json; free for government and public-institution subjects). A refused or expired code answers undefined.
import type { PhoneNumbers } from '../../../../src/core/ports/phone-numbers'

export interface PhoneNumberApi {
  phonenumber: {
    getPhoneNumber(options: { code: string }): Promise<{ errCode?: number; errMsg?: string; phoneInfo?: { purePhoneNumber?: string; phoneNumber?: string; countryCode?: string } }>
  }
}

export function createWechatPhoneNumbers(openapi: PhoneNumberApi): PhoneNumbers {
  return {
    async exchange(code) {
      try {
        const answer = await openapi.phonenumber.getPhoneNumber({ code })
        const info = answer.phoneInfo
        if (!info || (info.countryCode && info.countryCode !== '86')) return undefined
        return info.purePhoneNumber ?? info.phoneNumber?.replace(/^\+?86/, '')
      } catch (error) {
        const e = error as { errCode?: number; errMsg?: string; message?: string }
        console.warn(`[shuoshi] phonenumber.getPhoneNumber failed: errCode ${e.errCode ?? '-'} ${e.errMsg ?? e.message ?? String(error)}`)
        return undefined
      }
    },
  }
}

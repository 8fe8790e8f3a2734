// WeChat: the privacy guide declared in 微信公众平台 (openPrivacyContract) and the privacy authorization that WeChat asks
// for before a privacy API runs (onNeedPrivacyAuthorization). One listener at a time: the page that shows the dialog.
import Taro from '@tarojs/taro'
import { AGREE_BUTTON_ID, type PrivacyAnswer, type PrivacyApi } from './privacy-types'

let current: ((answer: PrivacyAnswer) => void) | undefined
let registered = false

function register(): void {
  if (registered || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  registered = true
  Taro.onNeedPrivacyAuthorization((resolve) => {
    const listener = current
    if (!listener) {
      // No page to ask on: WeChat's request fails (privacy permission is not authorized) and nothing is collected.
      resolve({ event: 'disagree' })
      return
    }
    resolve({ event: 'exposureAuthorization' })
    listener((agreed) => resolve(agreed ? { buttonId: AGREE_BUTTON_ID, event: 'agree' } : { event: 'disagree' }))
  })
}

export * from './privacy-types'

export const privacyApi: PrivacyApi = {
  async openContract() {
    try {
      await Taro.openPrivacyContract({})
      return true
    } catch (error) {
      const { errCode, errMsg } = (error ?? {}) as { errCode?: unknown; errMsg?: unknown }
      console.warn(`[shuoshi] openPrivacyContract failed: errCode ${errCode ?? '-'} ${String(errMsg ?? error)}`)
      return false
    }
  },
  onNeedAuthorization(listener) {
    register()
    current = listener
    return () => {
      if (current === listener) current = undefined
    }
  },
  canVerifyPhone: true,
}

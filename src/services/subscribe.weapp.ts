// WeChat: Taro.requestSubscribeMessage. Taro's promisified wrapper calls wx.requestSubscribeMessage inside the
// Promise executor, i.e. synchronously here, so calling request() first thing in a tap handler keeps the gesture.
import Taro from '@tarojs/taro'
import { answersFor, type SubscribeApi, type SubscribeOutcome } from './subscribe-types'

function failure(error: unknown): SubscribeOutcome {
  const raw = (typeof error === 'object' && error !== null ? error : {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown }
  const errMsg = typeof raw.errMsg === 'string' ? raw.errMsg : typeof raw.message === 'string' ? raw.message : 'requestSubscribeMessage:fail'
  const code = Number(raw.errCode)
  // 20004 comes as "requestSubscribeMessage:fail:The main switch is switched off" on some clients without errCode.
  const errCode = raw.errCode !== undefined && raw.errCode !== null && Number.isFinite(code) ? code : /main switch/i.test(errMsg) ? 20004 : undefined
  // Keep the platform's code in the log (20004 main switch off, 10005 no UI, 20001 no such template …): the user reads a short sentence.
  console.warn(`[shuoshi] requestSubscribeMessage failed: errCode ${errCode ?? '-'} ${errMsg}`)
  return errCode === undefined ? { ok: false, errMsg } : { ok: false, errCode, errMsg }
}

export const subscribeApi: SubscribeApi = {
  request(tmplIds) {
    let pending: Promise<unknown>
    try {
      // No await before this line: WeChat opens the dialog only from a user tap.
      pending = Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option) as Promise<unknown>
    } catch (error) {
      return Promise.resolve(failure(error))
    }
    return pending.then(
      (answer): SubscribeOutcome => ({ ok: true, results: answersFor(tmplIds, (answer ?? {}) as Record<string, unknown>) }),
      failure,
    )
  },
}

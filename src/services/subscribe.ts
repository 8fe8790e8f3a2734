// Subscription messages (订阅消息): ask the user to accept templates. Platform files implement it:
//   subscribe.weapp.ts — Taro.requestSubscribeMessage (called synchronously inside the tap)
//   subscribe.h5.ts    — a browser has no such API; the local runtime's outbox stands in for WeChat, so every id
//                        counts as accepted
// Taro resolves `@/services/subscribe` to the platform's file; this file is what TypeScript and other runners see.

export { answersFor, type SubscribeAnswer, type SubscribeApi, type SubscribeOutcome } from './subscribe-types'
import type { SubscribeApi } from './subscribe-types'

export const subscribeApi: SubscribeApi = {
  request: () => Promise.resolve({ ok: false, errMsg: 'requestSubscribeMessage:fail not supported' }),
}

// Is the phone online, and when does it come back? Platform files:
//   network.weapp.ts — Taro.getNetworkType / onNetworkStatusChange, Taro.onAppShow
//   network.h5.ts    — navigator.onLine, window online / offline events, page visibility
// Taro resolves `@/services/network` to the platform's file; this one (for TypeScript and other runners) is always online.

export type { NetworkApi } from './offline-types'
import type { NetworkApi } from './offline-types'

export const networkApi: NetworkApi = {
  isOnline: () => Promise.resolve(true),
  onChange: () => () => undefined,
  onAppShow: () => () => undefined,
}

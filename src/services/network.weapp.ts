// WeChat: getNetworkType for the state now, onNetworkStatusChange for changes, onAppShow for the return to the
// foreground. An API missing on an old base library means "assume online, no events".
import Taro from '@tarojs/taro'
import type { NetworkApi } from './offline-types'

export const networkApi: NetworkApi = {
  async isOnline() {
    try {
      const { networkType } = await Taro.getNetworkType()
      return networkType !== 'none'
    } catch {
      return true
    }
  },

  onChange(callback) {
    if (typeof Taro.onNetworkStatusChange !== 'function') return () => undefined
    const listener = (result: { isConnected: boolean }) => callback(Boolean(result.isConnected))
    Taro.onNetworkStatusChange(listener)
    return () => {
      if (typeof Taro.offNetworkStatusChange === 'function') Taro.offNetworkStatusChange(listener)
    }
  },

  onAppShow(callback) {
    if (typeof Taro.onAppShow !== 'function') return () => undefined
    const listener = () => callback()
    Taro.onAppShow(listener)
    return () => {
      if (typeof Taro.offAppShow === 'function') Taro.offAppShow(listener)
    }
  },
}

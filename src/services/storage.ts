// Phone storage (weapp) or localStorage (H5) through Taro, shaped as zustand's StateStorage.
import Taro from '@tarojs/taro'
import type { StateStorage } from 'zustand/middleware'

export const taroStorage: StateStorage = {
  getItem(name) {
    try {
      const value: unknown = Taro.getStorageSync(name)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  setItem(name, value) {
    try {
      Taro.setStorageSync(name, value)
    } catch {
      // storage full or unavailable: the draft simply lives in memory
    }
  },
  removeItem(name) {
    try {
      Taro.removeStorageSync(name)
    } catch {
      // ignore
    }
  },
}

// Browser: navigator.onLine and the window's online / offline events; "app show" is the tab becoming visible again.
import type { NetworkApi } from './offline-types'

export const networkApi: NetworkApi = {
  isOnline: () => Promise.resolve(typeof navigator === 'undefined' || navigator.onLine !== false),

  onChange(callback) {
    const online = () => callback(true)
    const offline = () => callback(false)
    window.addEventListener('online', online)
    window.addEventListener('offline', offline)
    return () => {
      window.removeEventListener('online', online)
      window.removeEventListener('offline', offline)
    }
  },

  onAppShow(callback) {
    const shown = () => {
      if (document.visibilityState === 'visible') callback()
    }
    document.addEventListener('visibilitychange', shown)
    return () => document.removeEventListener('visibilitychange', shown)
  },
}

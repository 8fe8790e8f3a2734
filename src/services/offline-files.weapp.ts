// WeChat: a temp file path may be cleaned up once the mini-program is closed, so a waiting intake's photo or
// recording is saved with Taro.saveFile (local saved files are limited to 10 MB in all) and removed once sent.
// When saving fails (space, old base library) the temp path is used as it is (durable: false).
import Taro from '@tarojs/taro'
import type { OfflineFiles } from './offline-types'

export const offlineFiles: OfflineFiles = {
  async keep(file) {
    const kept = { filePath: file.filePath, name: file.name, contentType: file.contentType, durable: false }
    if (typeof Taro.saveFile !== 'function') return kept
    try {
      const answer = (await Taro.saveFile({ tempFilePath: file.filePath })) as { savedFilePath?: string }
      return answer.savedFilePath ? { ...kept, filePath: answer.savedFilePath, durable: true } : kept
    } catch {
      return kept
    }
  },

  resolve: (filePath) => filePath,

  release(filePath) {
    if (typeof Taro.removeSavedFile !== 'function') return
    try {
      Promise.resolve(Taro.removeSavedFile({ filePath })).catch(() => undefined)
    } catch {
      // a temp file, or already gone
    }
  },
}

// Photos and recordings of intakes that wait for the network, kept on the phone across a closed app. Platform files:
//   offline-files.weapp.ts — Taro.saveFile (a temp path does not survive a restart), removeSavedFile once sent
//   offline-files.h5.ts    — a data URL in storage under its own key (a blob: URL dies with the page); photos
//                            downscaled to ≤ 1280 px JPEG 0.8 first
// This file (TypeScript, other runners) keeps the path as it is.

export type { KeptFile, OfflineFiles } from './offline-types'
import type { OfflineFiles } from './offline-types'

export const offlineFiles: OfflineFiles = {
  keep: (file) => Promise.resolve({ filePath: file.filePath, name: file.name, contentType: file.contentType, durable: false }),
  resolve: (filePath) => filePath,
  release() {},
}

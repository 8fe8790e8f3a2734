// Photos and recordings: capture on the phone, show and play what was uploaded. Platform files implement it:
//   media.weapp.ts — Taro.getRecorderManager (mp3, 16 kHz mono), Taro.chooseMedia + Taro.compressImage,
//                    InnerAudioContext; cloud fileIDs work directly as image and audio sources
//   media.h5.ts    — MediaRecorder via getUserMedia, <input type=file>, Audio; files served at /api/files/<fileId>
// Taro resolves `@/services/media` to the platform's file; this file is what TypeScript and other runners see.

export * from './media-types'
import { MEDIA_MESSAGES, type MediaApi } from './media-types'

const unavailable = { ok: false, reason: 'unavailable', message: MEDIA_MESSAGES.micUnavailable } as const

export const mediaApi: MediaApi = {
  startRecording: () => Promise.resolve(unavailable),
  stopRecording() {},
  choosePhotos: () => Promise.resolve({ ok: false, reason: 'unavailable', message: MEDIA_MESSAGES.photoFailed }),
  fileUrl: (fileId) => fileId,
  previewImages() {},
  createPlayer: () => ({ play: (_src, onEnd) => onEnd(true), stop() {}, destroy() {} }),
}

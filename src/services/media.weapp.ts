// WeChat: RecorderManager (one global instance, mp3 16 kHz mono) or, when enabled, the WechatSI plugin that also
// transcribes (wechat-si-recorder.ts); chooseMedia + compressImage, InnerAudioContext.
// A cloud fileID (cloud://…) works directly as an <Image> src, in previewImage and as an audio src.
import Taro from '@tarojs/taro'
import { wechatSiRecorder } from './wechat-si-recorder'
import { MEDIA_MESSAGES, imageTypeOf, type AudioPlayer, type LocalFile, type MediaApi, type MediaFailure, type MediaResult, type RecordingHandlers } from './media-types'

const MIN_RECORDING_MS = 1000
/** The recorder normally starts within a second; after this long without onStart the tap is given up. */
const START_TIMEOUT_MS = 10_000

interface Session {
  handlers: RecordingHandlers
  startedAt: number
  /** Set until the recorder has started (or failed to). */
  started?: (result: MediaResult<object>) => void
}

let recorder: Taro.RecorderManager | undefined
let session: Session | undefined

function failure(reason: MediaFailure['reason'], message: string): MediaFailure {
  return { ok: false, reason, message }
}

function errMsgOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const raw = error as { errMsg?: unknown; message?: unknown }
    if (typeof raw.errMsg === 'string') return raw.errMsg
    if (typeof raw.message === 'string') return raw.message
  }
  return String(error)
}

const isDenied = (errMsg: string) => /auth|deny|denied|permission|privacy/i.test(errMsg)

function recorderFailure(error: unknown): MediaFailure {
  const errMsg = errMsgOf(error)
  if (isDenied(errMsg)) return failure('denied', MEDIA_MESSAGES.micDenied)
  if (/not ?support|no ?device|occupied|busy/i.test(errMsg)) return failure('unavailable', MEDIA_MESSAGES.micUnavailable)
  return failure('failed', MEDIA_MESSAGES.recordFailed)
}

function theRecorder(): Taro.RecorderManager {
  if (recorder) return recorder
  const manager = Taro.getRecorderManager()
  manager.onStart(() => {
    if (!session) return
    session.startedAt = Date.now()
    session.started?.({ ok: true })
    session.started = undefined
  })
  manager.onStop((result) => {
    const ended = session
    session = undefined
    if (!ended) return
    if (ended.started) return ended.started(failure('failed', MEDIA_MESSAGES.recordFailed))
    const durationMs = typeof result.duration === 'number' && result.duration > 0 ? result.duration : Date.now() - ended.startedAt
    if (!result.tempFilePath) return ended.handlers.onStop(failure('failed', MEDIA_MESSAGES.recordFailed))
    if (durationMs < MIN_RECORDING_MS) return ended.handlers.onStop(failure('failed', MEDIA_MESSAGES.tooShort))
    ended.handlers.onStop({
      ok: true,
      recording: { filePath: result.tempFilePath, name: 'voice.mp3', contentType: 'audio/mpeg', size: result.fileSize, durationMs },
    })
  })
  manager.onError((error) => {
    const ended = session
    session = undefined
    if (!ended) return
    const problem = recorderFailure(error)
    if (ended.started) ended.started(problem)
    else ended.handlers.onStop(problem)
  })
  recorder = manager
  return manager
}

/** The plain recorder: the clip only (no transcript). */
function startPlainRecording(maxMs: number, handlers: RecordingHandlers): Promise<MediaResult<object>> {
  return new Promise((resolve) => {
    let manager: Taro.RecorderManager
    try {
      manager = theRecorder()
    } catch {
      resolve(failure('unavailable', MEDIA_MESSAGES.micUnavailable))
      return
    }
    const current: Session = { handlers, startedAt: Date.now(), started: resolve }
    session = current
    setTimeout(() => {
      if (session !== current || !current.started) return
      session = undefined
      current.started(failure('failed', MEDIA_MESSAGES.recordFailed))
      try {
        manager.stop()
      } catch {
        // it never started
      }
    }, START_TIMEOUT_MS)
    try {
      manager.start({ duration: maxMs, sampleRate: 16000, numberOfChannels: 1, encodeBitRate: 48000, format: 'mp3' })
    } catch (error) {
      session = undefined
      resolve(recorderFailure(error))
    }
  })
}

export const mediaApi: MediaApi = {
  startRecording(maxMs, handlers) {
    // With 微信同声传译 enabled the plugin records and transcribes; otherwise (or when it fails) the plain recorder.
    return wechatSiRecorder.start(maxMs, handlers, () => startPlainRecording(maxMs, handlers))
  },

  stopRecording() {
    if (wechatSiRecorder.active()) return wechatSiRecorder.stop()
    if (!session || !recorder) return
    try {
      recorder.stop()
    } catch {
      const ended = session
      session = undefined
      ended.handlers.onStop(failure('failed', MEDIA_MESSAGES.recordFailed))
    }
  },

  async choosePhotos(count) {
    let picked: { tempFilePath: string; size?: number }[]
    try {
      const answer = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
      picked = answer.tempFiles ?? []
    } catch (error) {
      const errMsg = errMsgOf(error)
      if (/cancel/i.test(errMsg)) return failure('cancelled', '')
      return isDenied(errMsg) ? failure('denied', MEDIA_MESSAGES.photoDenied) : failure('failed', MEDIA_MESSAGES.photoFailed)
    }
    const files: LocalFile[] = []
    for (const [index, item] of picked.slice(0, count).entries()) {
      let filePath = item.tempFilePath
      let size = item.size
      try {
        const compressed = await Taro.compressImage({ src: item.tempFilePath, quality: 80 })
        if (compressed.tempFilePath) {
          filePath = compressed.tempFilePath
          size = undefined
        }
      } catch {
        // keep the (already "compressed" size type) original
      }
      const extension = /\.(jpe?g|png|webp)$/i.exec(filePath)?.[0].toLowerCase() ?? '.jpg'
      const name = `photo-${index + 1}${extension === '.jpeg' ? '.jpg' : extension}`
      files.push({ filePath, name, contentType: imageTypeOf(name), size })
    }
    return { ok: true, files }
  },

  fileUrl: (fileId) => fileId,

  previewImages(urls, current) {
    Taro.previewImage({ urls, current }).catch(() => undefined)
  },

  createPlayer(): AudioPlayer {
    let context: Taro.InnerAudioContext | undefined
    let finish: ((failed: boolean) => void) | undefined
    const end = (failed: boolean) => {
      const done = finish
      finish = undefined
      done?.(failed)
    }
    const player: AudioPlayer = {
      play(src, onEnd) {
        player.stop()
        try {
          // Play even when an iPhone is on silent: an older listener would not know why nothing is heard.
          Promise.resolve(Taro.setInnerAudioOption({ obeyMuteSwitch: false })).catch(() => undefined)
        } catch {
          // not available on this base library
        }
        try {
          if (!context) {
            context = Taro.createInnerAudioContext()
            context.onEnded(() => end(false))
            context.onStop(() => end(false))
            context.onError(() => end(true))
          }
          finish = onEnd
          context.src = src
          context.play()
        } catch {
          finish = undefined
          onEnd(true)
        }
      },
      stop() {
        if (!finish) return
        try {
          context?.stop()
        } catch {
          // already stopped
        }
        end(false)
      },
      destroy() {
        player.stop()
        context?.destroy()
        context = undefined
      },
    }
    return player
  },
}

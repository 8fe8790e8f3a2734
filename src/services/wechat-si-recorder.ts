// WeChat only (used by media.weapp.ts): record AND transcribe with the 微信同声传译 plugin (WechatSI), when app.config
// declares it (config/wechat.ts). Its recognition manager records the clip itself (mp3, ≤ 60 s, zh_CN) and answers
// onStop with the file and the text. The plugin is out of maintenance: any failure (no plugin, an error, an onStop
// that never comes after a silent clip) turns it off for the rest of the session, and the plain recorder takes over,
// so a recording is never lost for the sake of a transcript.
import { MEDIA_MESSAGES, type MediaFailure, type MediaResult, type RecordingHandlers } from './media-types'

interface RecognitionManager {
  start(options: { duration: number; lang: string }): void
  stop(): void
  onStart?: (result: unknown) => void
  onStop?: (result: { tempFilePath?: string; duration?: number; fileSize?: number; result?: string }) => void
  onError?: (result: { retcode?: number; msg?: string }) => void
}

const MIN_RECORDING_MS = 1000
/** After stop(), onStop normally comes within a second or two (the text is final by then). */
const STOP_TIMEOUT_MS = 6000
const START_TIMEOUT_MS = 10_000

let manager: RecognitionManager | undefined
let broken = false
let session: { handlers: RecordingHandlers; startedAt: number; started?: (result: MediaResult<object>) => void; stopTimer?: ReturnType<typeof setTimeout> } | undefined

const failure = (reason: MediaFailure['reason'], message: string): MediaFailure => ({ ok: false, reason, message })

/** The plugin's manager, or undefined when it is not enabled, not there, or failed earlier in this session. */
function recognition(): RecognitionManager | undefined {
  if (!WECHATSI_ENABLED || broken) return undefined
  if (manager) return manager
  try {
    const plugin = requirePlugin('WechatSI') as { getRecordRecognitionManager?: () => RecognitionManager } | undefined
    manager = plugin?.getRecordRecognitionManager?.()
  } catch {
    manager = undefined
  }
  if (!manager) broken = true
  return manager
}

export const wechatSiRecorder = {
  /** True while the plugin records (stopRecording goes here). */
  active: () => session !== undefined,

  /** Starts recording with transcription; `fallback` runs the plain recorder when the plugin cannot start. */
  start(maxMs: number, handlers: RecordingHandlers, fallback: () => Promise<MediaResult<object>>): Promise<MediaResult<object>> {
    const si = recognition()
    if (!si) return fallback()
    return new Promise((resolve) => {
      const current: NonNullable<typeof session> = { handlers, startedAt: Date.now(), started: resolve }
      session = current
      const giveUp = () => {
        broken = true
        if (session === current) session = undefined
        if (current.stopTimer) clearTimeout(current.stopTimer)
      }
      si.onStart = () => {
        if (session !== current || !current.started) return
        current.startedAt = Date.now()
        current.started({ ok: true })
        current.started = undefined
      }
      si.onStop = (result) => {
        if (session !== current) return
        session = undefined
        if (current.stopTimer) clearTimeout(current.stopTimer)
        if (current.started) return void fallback().then(current.started)
        const durationMs = typeof result?.duration === 'number' && result.duration > 0 ? result.duration : Date.now() - current.startedAt
        if (!result?.tempFilePath) return handlers.onStop(failure('failed', MEDIA_MESSAGES.recordFailed))
        if (durationMs < MIN_RECORDING_MS) return handlers.onStop(failure('failed', MEDIA_MESSAGES.tooShort))
        const transcript = typeof result.result === 'string' ? result.result.trim() : ''
        handlers.onStop({
          ok: true,
          recording: { filePath: result.tempFilePath, name: 'voice.mp3', contentType: 'audio/mpeg', size: result.fileSize, durationMs, ...(transcript ? { transcript } : {}) },
        })
      }
      si.onError = () => {
        if (session !== current) return
        const starting = current.started
        giveUp()
        // Not started: record plainly instead. Stopped by an error: the clip is gone; the next one is recorded plainly.
        if (starting) void fallback().then(starting)
        else handlers.onStop(failure('failed', MEDIA_MESSAGES.notHeard))
      }
      setTimeout(() => {
        if (session !== current || !current.started) return
        const starting = current.started
        giveUp()
        try {
          si.stop()
        } catch {
          // it never started
        }
        void fallback().then(starting)
      }, START_TIMEOUT_MS)
      try {
        si.start({ duration: Math.min(maxMs, 60_000), lang: 'zh_CN' })
      } catch {
        giveUp()
        void fallback().then(resolve)
      }
    })
  },

  stop(): void {
    const current = session
    if (!current) return
    // A silent clip may never answer onStop (a known fault of the plugin): give up on it after a while.
    current.stopTimer = setTimeout(() => {
      if (session !== current) return
      broken = true
      session = undefined
      current.handlers.onStop(failure('failed', MEDIA_MESSAGES.notHeard))
    }, STOP_TIMEOUT_MS)
    try {
      manager?.stop()
    } catch {
      broken = true
      session = undefined
      clearTimeout(current.stopTimer)
      current.handlers.onStop(failure('failed', MEDIA_MESSAGES.recordFailed))
    }
  },
}

// Browser: MediaRecorder (audio/webm where supported) through getUserMedia, with the browser's speech recognition
// listening alongside where it exists (browser-speech.ts: the transcript comes with the recording); a file input for
// photos (large or unusual ones re-encoded as JPEG on a canvas), HTML Audio for playback. Uploaded files are served by
// the local server at /api/files/<fileId> to a signed-in session.
import { startTranscriber, type Transcriber } from './browser-speech'
import { MEDIA_MESSAGES, extensionOf, type AudioPlayer, type LocalFile, type MediaApi, type MediaFailure, type MediaResult, type RecordingHandlers } from './media-types'
import { downscaledCanvas } from './downscale-image'

const MIN_RECORDING_MS = 1000
const AUDIO_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus', 'audio/ogg']
const UPLOADABLE_AUDIO = ['audio/webm', 'audio/mp4', 'audio/ogg', 'audio/mpeg', 'audio/aac']
const UPLOADABLE_IMAGES = ['image/jpeg', 'image/png', 'image/webp']
/** Photos above this size (or of another type, e.g. HEIC) are re-encoded. */
const COMPRESS_ABOVE_BYTES = 1024 * 1024
const MAX_SIDE = 1600

interface Active {
  recorder: MediaRecorder
  stream: MediaStream
  chunks: Blob[]
  startedAt: number
  timer?: ReturnType<typeof setTimeout>
  handlers: RecordingHandlers
  /** The browser's speech recognition, listening alongside (absent where the browser has none). */
  transcriber?: Transcriber
}

let active: Active | undefined

function failure(reason: MediaFailure['reason'], message: string): MediaFailure {
  return { ok: false, reason, message }
}

function microphoneFailure(error: unknown): MediaFailure {
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : ''
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return failure('denied', MEDIA_MESSAGES.micDenied)
  if (name === 'NotFoundError' || name === 'NotReadableError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') {
    return failure('unavailable', MEDIA_MESSAGES.micUnavailable)
  }
  return failure('failed', MEDIA_MESSAGES.recordFailed)
}

function supportedAudioType(): string | undefined {
  if (typeof MediaRecorder.isTypeSupported !== 'function') return undefined
  return AUDIO_TYPES.find((type) => MediaRecorder.isTypeSupported(type))
}

async function finish(session: Active) {
  if (session.timer) clearTimeout(session.timer)
  session.stream.getTracks().forEach((track) => track.stop())
  const durationMs = Date.now() - session.startedAt
  const recorded = (session.recorder.mimeType || session.chunks[0]?.type || 'audio/webm').split(';')[0].trim().toLowerCase()
  const contentType = UPLOADABLE_AUDIO.includes(recorded) ? recorded : 'audio/webm'
  const blob = new Blob(session.chunks, { type: contentType })
  if (blob.size === 0 || durationMs < MIN_RECORDING_MS) {
    session.transcriber?.cancel()
    return session.handlers.onStop(failure('failed', blob.size === 0 ? MEDIA_MESSAGES.recordFailed : MEDIA_MESSAGES.tooShort))
  }
  const transcript = await session.transcriber?.finish()
  session.handlers.onStop({
    ok: true,
    recording: { filePath: URL.createObjectURL(blob), name: `voice${extensionOf(contentType)}`, contentType, size: blob.size, durationMs, ...(transcript ? { transcript } : {}) },
  })
}

/** A JPEG of at most MAX_SIDE pixels on the long side, or undefined when the browser cannot decode the photo. */
async function reencode(file: File, url: string): Promise<Blob | undefined> {
  const canvas = await downscaledCanvas(url, MAX_SIDE)
  if (!canvas) return undefined
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8))
  return blob && (blob.size < file.size || !UPLOADABLE_IMAGES.includes(file.type)) ? blob : undefined
}

async function prepare(file: File, index: number): Promise<LocalFile | undefined> {
  const original = URL.createObjectURL(file)
  const fits = UPLOADABLE_IMAGES.includes(file.type) && file.size <= COMPRESS_ABOVE_BYTES
  if (fits) return { filePath: original, name: `photo-${index + 1}${extensionOf(file.type)}`, contentType: file.type, size: file.size }
  const smaller = await reencode(file, original)
  if (smaller) {
    URL.revokeObjectURL(original)
    return { filePath: URL.createObjectURL(smaller), name: `photo-${index + 1}.jpg`, contentType: 'image/jpeg', size: smaller.size }
  }
  if (UPLOADABLE_IMAGES.includes(file.type)) return { filePath: original, name: `photo-${index + 1}${extensionOf(file.type)}`, contentType: file.type, size: file.size }
  URL.revokeObjectURL(original)
  return undefined
}

export const mediaApi: MediaApi = {
  async startRecording(maxMs, handlers) {
    if (active) return failure('failed', MEDIA_MESSAGES.recordFailed)
    if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      return failure('unavailable', MEDIA_MESSAGES.micUnavailable)
    }
    let stream: MediaStream
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } })
    } catch (error) {
      return microphoneFailure(error)
    }
    let recorder: MediaRecorder
    try {
      const mimeType = supportedAudioType()
      recorder = mimeType ? new MediaRecorder(stream, { mimeType }) : new MediaRecorder(stream)
    } catch {
      stream.getTracks().forEach((track) => track.stop())
      return failure('unavailable', MEDIA_MESSAGES.micUnavailable)
    }
    const session: Active = { recorder, stream, chunks: [], startedAt: Date.now(), handlers }
    recorder.ondataavailable = (event) => {
      if (event.data && event.data.size > 0) session.chunks.push(event.data)
    }
    recorder.onstop = () => {
      if (active === session) active = undefined
      void finish(session)
    }
    recorder.onerror = () => {
      if (active === session) active = undefined
      if (session.timer) clearTimeout(session.timer)
      stream.getTracks().forEach((track) => track.stop())
      session.transcriber?.cancel()
      handlers.onStop(failure('failed', MEDIA_MESSAGES.recordFailed))
    }
    try {
      recorder.start(1000)
    } catch {
      stream.getTracks().forEach((track) => track.stop())
      return failure('failed', MEDIA_MESSAGES.recordFailed)
    }
    active = session
    session.startedAt = Date.now()
    session.transcriber = startTranscriber()
    session.timer = setTimeout(() => mediaApi.stopRecording(), maxMs)
    return { ok: true }
  },

  stopRecording() {
    const session = active
    if (!session) return
    if (session.recorder.state === 'inactive') {
      active = undefined
      void finish(session)
      return
    }
    try {
      session.recorder.stop() // onstop delivers the recording
    } catch {
      active = undefined
      void finish(session)
    }
  },

  choosePhotos(count) {
    return new Promise<MediaResult<{ files: LocalFile[] }>>((resolve) => {
      // Opened synchronously inside the tap: browsers show the picker only from a user gesture.
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = 'image/*'
      input.multiple = count > 1
      input.style.display = 'none'
      let settled = false
      const done = (result: MediaResult<{ files: LocalFile[] }>) => {
        if (settled) return
        settled = true
        input.remove()
        resolve(result)
      }
      input.addEventListener('cancel', () => done(failure('cancelled', '')))
      input.addEventListener('change', () => {
        const chosen = Array.from(input.files ?? []).slice(0, count)
        if (chosen.length === 0) return done(failure('cancelled', ''))
        void Promise.all(chosen.map((file, index) => prepare(file, index))).then((prepared) => {
          const files = prepared.filter((file): file is LocalFile => Boolean(file))
          done(files.length > 0 ? { ok: true, files } : failure('failed', MEDIA_MESSAGES.photoFailed))
        })
      })
      document.body.appendChild(input)
      try {
        input.click()
      } catch {
        done(failure('unavailable', MEDIA_MESSAGES.photoFailed))
      }
    })
  },

  fileUrl: (fileId) => `/api/files/${encodeURIComponent(fileId)}`,

  previewImages(_urls, current) {
    // A plain full-screen view of the tapped photo (Taro's H5 previewImage would bring a 200 KB swiper along).
    const overlay = document.createElement('div')
    overlay.className = 'preview-image'
    overlay.style.cssText =
      'position:fixed;inset:0;z-index:1050;display:flex;flex-direction:column;align-items:center;justify-content:center;background:#111;'
    const image = document.createElement('img')
    image.src = current
    image.alt = '照片'
    image.style.cssText = 'max-width:100%;max-height:88%;object-fit:contain;'
    const hint = document.createElement('div')
    hint.textContent = '点一下关闭'
    hint.style.cssText = 'margin-top:16px;color:#fff;font-size:20px;'
    overlay.append(image, hint)
    const close = () => {
      overlay.remove()
      window.removeEventListener('hashchange', close)
      window.removeEventListener('popstate', close)
    }
    overlay.addEventListener('click', close)
    window.addEventListener('hashchange', close)
    window.addEventListener('popstate', close)
    document.body.appendChild(overlay)
  },

  createPlayer(): AudioPlayer {
    let audio: HTMLAudioElement | undefined
    let finishPlay: ((failed: boolean) => void) | undefined
    const end = (failed: boolean) => {
      const done = finishPlay
      finishPlay = undefined
      done?.(failed)
    }
    const player: AudioPlayer = {
      play(src, onEnd) {
        player.stop()
        if (!audio) {
          audio = new Audio()
          audio.preload = 'auto'
          audio.addEventListener('ended', () => end(false))
          audio.addEventListener('error', () => end(true))
        }
        finishPlay = onEnd
        audio.src = src
        audio.play().catch(() => end(true))
      },
      stop() {
        if (!finishPlay) return
        audio?.pause()
        end(false)
      },
      destroy() {
        player.stop()
        if (audio) audio.src = ''
        audio = undefined
      },
    }
    return player
  },
}

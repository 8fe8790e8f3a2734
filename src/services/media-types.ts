// Types shared by media.ts and its platform twins (kept apart: inside media.weapp.ts, `./media` would resolve back
// to media.weapp.ts itself).

/** A photo or recording on the phone, ready to upload. */
export interface LocalFile {
  /** weapp: a temp file path; H5: a blob: URL. */
  filePath: string
  /** A file name with the right extension, e.g. "photo-1.jpg", "voice.mp3". */
  name: string
  contentType: string
  size?: number
}

export interface Recording extends LocalFile {
  durationMs: number
  /** What was said, when speech recognition ran while recording (WechatSI on WeChat, the browser's in H5). */
  transcript?: string
}

/** denied: the user (or the browser) refused the microphone / album; unavailable: no microphone or no API. */
export type MediaFailureReason = 'denied' | 'unavailable' | 'cancelled' | 'failed'

export interface MediaFailure {
  ok: false
  reason: MediaFailureReason
  /** A short Chinese sentence for the user; empty when the user simply cancelled. */
  message: string
}

export type MediaResult<T> = ({ ok: true } & T) | MediaFailure

export interface RecordingHandlers {
  /** The recording ended (the user stopped it or the time limit was reached). */
  onStop(result: MediaResult<{ recording: Recording }>): void
}

export interface AudioPlayer {
  /** Plays `src` (a URL from fileUrl); onEnd runs when it finishes, fails or is stopped. */
  play(src: string, onEnd: (failed: boolean) => void): void
  stop(): void
  destroy(): void
}

export interface MediaApi {
  /** Starts recording (≤ maxMs). Answers once the microphone is on, or why it could not start. */
  startRecording(maxMs: number, handlers: RecordingHandlers): Promise<MediaResult<object>>
  /** Stops the recording; the result arrives through onStop. */
  stopRecording(): void
  /** Lets the user take or pick up to `count` photos, compressed. */
  choosePhotos(count: number): Promise<MediaResult<{ files: LocalFile[] }>>
  /** Where an uploaded file is shown or played from. */
  fileUrl(fileId: string): string
  /** Shows photos full screen. */
  previewImages(urls: string[], current: string): void
  createPlayer(): AudioPlayer
}

export const MEDIA_MESSAGES = {
  micDenied: '没有打开麦克风权限，录不了音。可以直接打字说事。',
  micUnavailable: '这台设备录不了音，请直接打字说事。',
  recordFailed: '录音没有成功，请再录一次，或者直接打字。',
  tooShort: '录音太短了，请按住多说几句。',
  photoDenied: '没有打开相册或相机权限，请直接打字说事。',
  photoFailed: '照片没有选上，请再试一次。',
  playFailed: '录音播放不了，请稍后再试。',
  notHeard: '没听清，请再录一次，或者直接打字。',
} as const

/** The content type of a photo file by its name (weapp temp paths keep the extension). */
export function imageTypeOf(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  if (extension === 'png') return 'image/png'
  if (extension === 'webp') return 'image/webp'
  return 'image/jpeg'
}

/** The file extension (with the dot) for an upload content type. */
export function extensionOf(contentType: string): string {
  const known: Record<string, string> = {
    'image/jpeg': '.jpg',
    'image/png': '.png',
    'image/webp': '.webp',
    'audio/mpeg': '.mp3',
    'audio/aac': '.aac',
    'audio/mp4': '.m4a',
    'audio/webm': '.webm',
    'audio/ogg': '.ogg',
  }
  return known[contentType] ?? ''
}

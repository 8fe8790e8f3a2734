// Browser: a blob: URL dies with the page, so a waiting intake's photo or recording is kept as a data URL in
// localStorage under its own key ("kept:<key>" is what the outbox remembers). Photos are re-encoded first as a JPEG
// (quality 0.8) of at most 1280 px on the long side, about 100–300 KB; a file still over MAX_CHARS, or one the
// storage has no room for, stays in memory only (durable: false) and the page says so.
import { downscaledCanvas } from './downscale-image'
import type { KeptFile, OfflineFiles } from './offline-types'

const PREFIX = 'kept:'
const STORAGE_PREFIX = 'shuoshi-file-'
const MAX_SIDE = 1280
/** About 2.2 MB of file: localStorage holds about 5 MB per site in all. */
const MAX_CHARS = 3_000_000

async function photoAsJpeg(url: string): Promise<string | undefined> {
  return (await downscaledCanvas(url, MAX_SIDE))?.toDataURL('image/jpeg', 0.8)
}

async function asDataUrl(url: string): Promise<string | undefined> {
  try {
    const blob = await (await fetch(url)).blob()
    return await new Promise<string | undefined>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : undefined)
      reader.onerror = () => resolve(undefined)
      reader.readAsDataURL(blob)
    })
  } catch {
    return undefined
  }
}

const jpegName = (name: string) => name.replace(/\.[A-Za-z0-9]{1,5}$/, '') + '.jpg'

export const offlineFiles: OfflineFiles = {
  async keep(file) {
    const inMemory: KeptFile = { filePath: file.filePath, name: file.name, contentType: file.contentType, durable: false }
    if (file.filePath.startsWith(PREFIX)) return { ...inMemory, durable: true }
    const photo = file.contentType.startsWith('image/') ? await photoAsJpeg(file.filePath) : undefined
    const data = photo ?? (await asDataUrl(file.filePath))
    if (!data || data.length > MAX_CHARS) return inMemory
    try {
      localStorage.setItem(STORAGE_PREFIX + file.idempotencyKey, data)
    } catch {
      return inMemory // storage full
    }
    return photo
      ? { filePath: PREFIX + file.idempotencyKey, name: jpegName(file.name), contentType: 'image/jpeg', durable: true }
      : { filePath: PREFIX + file.idempotencyKey, name: file.name, contentType: file.contentType, durable: true }
  },

  resolve(filePath) {
    if (!filePath.startsWith(PREFIX)) return filePath
    try {
      return localStorage.getItem(STORAGE_PREFIX + filePath.slice(PREFIX.length)) ?? ''
    } catch {
      return ''
    }
  },

  release(filePath) {
    if (filePath.startsWith(PREFIX)) {
      try {
        localStorage.removeItem(STORAGE_PREFIX + filePath.slice(PREFIX.length))
      } catch {
        // ignore
      }
    } else if (filePath.startsWith('blob:')) {
      URL.revokeObjectURL(filePath)
    }
  },
}

// Uploaded photos and recordings on disk for the local runtime. The file id derives from the client's
// idempotency key, so a retried upload writes the same file once.
import fs from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import type { FileStorage, StoredFile } from '../../../../src/core/ports/file-storage'

const TYPES: Record<string, string> = {
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif',
  'audio/mpeg': 'mp3', 'audio/mp3': 'mp3', 'audio/aac': 'aac', 'audio/mp4': 'm4a', 'audio/webm': 'webm', 'audio/ogg': 'ogg',
}

export function isAllowedFileType(contentType: string): boolean {
  return contentType in TYPES
}

export function createDiskFileStorage(root: string): FileStorage {
  fs.mkdirSync(root, { recursive: true })
  const pathOf = (fileId: string) => path.join(root, fileId)
  return {
    async put(key, bytes, contentType) {
      const extension = TYPES[contentType]
      if (!extension) throw new Error(`unsupported content type ${contentType}`)
      const fileId = createHash('sha256').update(key).digest('hex').slice(0, 32) + '.' + extension
      const target = pathOf(fileId)
      if (!fs.existsSync(target)) {
        const temporary = target + '.part'
        fs.writeFileSync(temporary, bytes)
        fs.renameSync(temporary, target)
      }
      const stored: StoredFile = { fileId, size: fs.statSync(target).size, contentType }
      return stored
    },
    async get(fileId) {
      if (!/^[a-f0-9]{32}\.[a-z0-9]{2,4}$/.test(fileId)) return undefined
      const file = pathOf(fileId)
      if (!fs.existsSync(file)) return undefined
      const extension = fileId.split('.')[1]
      const contentType = Object.entries(TYPES).find(([, ext]) => ext === extension)?.[0] ?? 'application/octet-stream'
      return { bytes: fs.readFileSync(file), contentType }
    },
  }
}

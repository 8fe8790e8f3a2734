// Uploaded photos and recordings on disk for the local runtime. The file id derives from the uploader and the client's
// idempotency key, so a retried upload writes the same file once. Each upload is recorded with its uploader (table
// `uploads`): a case may attach only its caller's own uploads, and uploads no case uses are removed after a day.
// Files are shown through the signed-in route GET /api/files/:fileId.
import fs from 'node:fs'
import path from 'node:path'
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { FileStorage, StoredFile } from '../../../../src/core/ports/file-storage'

const TYPES: Record<string, string> = {
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif',
  'audio/mpeg': 'mp3', 'audio/mp3': 'mp3', 'audio/aac': 'aac', 'audio/mp4': 'm4a', 'audio/webm': 'webm', 'audio/ogg': 'ogg',
}
const FILE_ID = /^[a-f0-9]{32}\.[a-z0-9]{2,4}$/

export function isAllowedFileType(contentType: string): boolean {
  return contentType in TYPES
}

export interface DiskFileStorage extends FileStorage {
  /** Same uploader and key => same file (a retried upload never duplicates). */
  put(uploaderOpenid: string, key: string, bytes: Uint8Array, contentType: string, at: string): Promise<StoredFile>
  get(fileId: string): Promise<{ bytes: Uint8Array; contentType: string } | undefined>
}

export function createDiskFileStorage(root: string, db: Database.Database): DiskFileStorage {
  fs.mkdirSync(root, { recursive: true })
  db.exec(`
    CREATE TABLE IF NOT EXISTS uploads (
      file_id TEXT PRIMARY KEY, uploader TEXT NOT NULL, created_at TEXT NOT NULL, attached_at TEXT);
    CREATE INDEX IF NOT EXISTS uploads_unused ON uploads (created_at) WHERE attached_at IS NULL;
  `)
  const record = db.prepare('INSERT OR IGNORE INTO uploads (file_id, uploader, created_at) VALUES (?, ?, ?)')
  const uploaderOf = db.prepare<[string], { uploader: string }>('SELECT uploader FROM uploads WHERE file_id = ?')
  const attach = db.prepare('UPDATE uploads SET attached_at = ? WHERE file_id = ? AND attached_at IS NULL')
  const unused = db.prepare<[string, number], { file_id: string }>('SELECT file_id FROM uploads WHERE attached_at IS NULL AND created_at < ? ORDER BY created_at LIMIT ?')
  const forget = db.prepare('DELETE FROM uploads WHERE file_id = ? AND attached_at IS NULL')
  const pathOf = (fileId: string) => path.join(root, fileId)
  return {
    async put(uploaderOpenid, key, bytes, contentType, at) {
      const extension = TYPES[contentType]
      if (!extension) throw new Error(`unsupported content type ${contentType}`)
      const fileId = createHash('sha256').update(`${uploaderOpenid}:${key}`).digest('hex').slice(0, 32) + '.' + extension
      const target = pathOf(fileId)
      if (!fs.existsSync(target)) {
        const temporary = target + '.part'
        fs.writeFileSync(temporary, bytes)
        fs.renameSync(temporary, target)
      }
      record.run(fileId, uploaderOpenid, at)
      const stored: StoredFile = { fileId, size: fs.statSync(target).size, contentType }
      return stored
    },
    async get(fileId) {
      if (!FILE_ID.test(fileId)) return undefined
      const file = pathOf(fileId)
      if (!fs.existsSync(file)) return undefined
      const extension = fileId.split('.')[1]
      const contentType = Object.entries(TYPES).find(([, ext]) => ext === extension)?.[0] ?? 'application/octet-stream'
      return { bytes: fs.readFileSync(file), contentType }
    },
    async viewUrls(fileIds) {
      return Object.fromEntries(fileIds.filter((id) => FILE_ID.test(id)).map((id) => [id, `/api/files/${encodeURIComponent(id)}`]))
    },
    async isOwnUpload(fileId, openid) {
      return FILE_ID.test(fileId) && uploaderOf.get(fileId)?.uploader === openid && fs.existsSync(pathOf(fileId))
    },
    async markAttached(fileIds, at) {
      db.transaction(() => fileIds.forEach((id) => attach.run(at, id)))()
    },
    async removeUnused(before, max) {
      const ids = unused.all(before, max).map((row) => row.file_id)
      for (const id of ids) {
        fs.rmSync(pathOf(id), { force: true })
        forget.run(id)
      }
      return ids.length
    },
  }
}

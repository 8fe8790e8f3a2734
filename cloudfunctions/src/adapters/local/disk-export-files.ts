// 台账 exports on disk for the local runtime: `<data>/exports/<random>.<csv|xlsx>`, recorded with their owner (table
// `exports`), fetched by that signed-in user alone through GET /api/exports/:id; files older than a day are removed
// when the next export is made.
import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { ExportFiles } from '../../../../src/core/ports/export-files'
import { renderWorkbook } from '../shared/render-workbook'

const EXPORT_ID = /^[a-f0-9]{32}\.(csv|xlsx)$/
const KEEP_MS = 24 * 3600_000

export interface DiskExportFiles extends ExportFiles {
  /** The file when `ownerUserId` made it. */
  get(exportId: string, ownerUserId: string): { bytes: Buffer; fileName: string; contentType: string } | undefined
}

export function createDiskExportFiles(root: string, db: Database.Database): DiskExportFiles {
  fs.mkdirSync(root, { recursive: true })
  db.exec(`CREATE TABLE IF NOT EXISTS exports (
    export_id TEXT PRIMARY KEY, owner TEXT NOT NULL, file_name TEXT NOT NULL, content_type TEXT NOT NULL, created_at TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS exports_created ON exports (created_at);`)
  const record = db.prepare('INSERT INTO exports (export_id, owner, file_name, content_type, created_at) VALUES (?, ?, ?, ?, ?)')
  const find = db.prepare<[string], { owner: string; file_name: string; content_type: string }>('SELECT owner, file_name, content_type FROM exports WHERE export_id = ?')
  const old = db.prepare<[string], { export_id: string }>('SELECT export_id FROM exports WHERE created_at < ? ORDER BY created_at LIMIT 100')
  const forget = db.prepare('DELETE FROM exports WHERE export_id = ?')
  return {
    async publish(workbook, format, ownerUserId, at) {
      for (const { export_id } of old.all(new Date(new Date(at).getTime() - KEEP_MS).toISOString())) {
        fs.rmSync(path.join(root, export_id), { force: true })
        forget.run(export_id)
      }
      const file = renderWorkbook(workbook, format)
      const exportId = `${randomBytes(16).toString('hex')}.${format}`
      fs.writeFileSync(path.join(root, exportId), file.bytes)
      record.run(exportId, ownerUserId, file.fileName, file.contentType, at)
      return { fileName: file.fileName, url: `/api/exports/${exportId}`, size: file.bytes.length }
    },
    get(exportId, ownerUserId) {
      if (!EXPORT_ID.test(exportId)) return undefined
      const row = find.get(exportId)
      const target = path.join(root, exportId)
      if (!row || row.owner !== ownerUserId || !fs.existsSync(target)) return undefined
      return { bytes: fs.readFileSync(target), fileName: row.file_name, contentType: row.content_type }
    },
  }
}

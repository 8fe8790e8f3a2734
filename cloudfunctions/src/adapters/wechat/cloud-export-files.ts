// 台账 exports in cloud storage (WeChat runtime): uploaded by the function under exports/<date>/<random>/ and handed
// out as a temporary link (getTempFileURL); the app downloads it with Taro.downloadFile and opens it with openDocument.
// Each file is recorded (collection `export_files`) and deleted a day later, when a later export comes: a file with
// names and phones does not stay in storage.
import { randomBytes } from 'node:crypto'
import type { ExportFiles } from '../../../../src/core/ports/export-files'
import { shanghaiDate } from '../../../../src/core/domain/deadlines'
import type { CloudDatabase } from '../cloud-db/database-api'
import type { IndexSpec } from '../cloud-db/indexes'
import { renderWorkbook } from '../shared/render-workbook'

export const EXPORT_FILES_COLLECTION = 'export_files'
export const EXPORT_FILES_INDEXES: IndexSpec[] = [
  { name: 'createdAt_id', fields: [{ field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }], usedBy: 'supervision.exportLedger (exports older than a day are deleted)' },
]
const KEEP_MS = 24 * 3600_000
/** The platform's limit for deleteFile. */
const DELETE_PER_CALL = 50

export interface CloudUploadApi {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  getTempFileURL(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; tempFileURL?: string; status?: number }> }>
  deleteFile(options: { fileList: string[] }): Promise<unknown>
}

export function createCloudExportFiles(cloud: CloudUploadApi, db: CloudDatabase): ExportFiles {
  const records = () => db.collection(EXPORT_FILES_COLLECTION)
  const removeOld = async (at: string) => {
    const before = new Date(new Date(at).getTime() - KEEP_MS).toISOString()
    const { data } = await records().where({ createdAt: db.command.lt(before) }).orderBy('createdAt', 'asc').orderBy('_id', 'asc').limit(DELETE_PER_CALL).get()
    if (data.length === 0) return
    await cloud.deleteFile({ fileList: data.map((doc) => String(doc.fileId)) })
    for (const doc of data) await records().doc(doc._id).remove()
  }
  return {
    async publish(workbook, format, _ownerUserId, at) {
      await removeOld(at)
      const file = renderWorkbook(workbook, format)
      // The random folder keeps the path unguessable; the file keeps its Chinese name for the phone's viewer.
      const folder = randomBytes(12).toString('hex')
      const cloudPath = `exports/${shanghaiDate(at)}/${folder}/${file.fileName}`
      const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: file.bytes })
      await records().doc(folder).set({ data: { fileId: fileID, createdAt: at } })
      const { fileList } = await cloud.getTempFileURL({ fileList: [fileID] })
      const url = fileList[0]?.tempFileURL
      if (!url || (fileList[0].status ?? 0) !== 0) throw new Error(`getTempFileURL gave no link for ${fileID}`)
      return { fileName: file.fileName, url, size: file.bytes.length }
    },
  }
}

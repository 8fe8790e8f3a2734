// 台账 exports in cloud storage (WeChat runtime): uploaded by the function under exports/<date>/<random>/ and handed
// out as a temporary link (getTempFileURL); the app downloads it with Taro.downloadFile and opens it with openDocument.
import { randomBytes } from 'node:crypto'
import type { ExportFiles } from '../../../../src/core/ports/export-files'
import { shanghaiDate } from '../../../../src/core/domain/deadlines'
import { renderWorkbook } from '../shared/render-workbook'

export interface CloudUploadApi {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>
  getTempFileURL(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; tempFileURL?: string; status?: number }> }>
}

export function createCloudExportFiles(cloud: CloudUploadApi): ExportFiles {
  return {
    async publish(workbook, format, _ownerUserId, at) {
      const file = renderWorkbook(workbook, format)
      // The random folder keeps the path unguessable; the file keeps its Chinese name for the phone's viewer.
      const cloudPath = `exports/${shanghaiDate(at)}/${randomBytes(12).toString('hex')}/${file.fileName}`
      const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: file.bytes })
      const { fileList } = await cloud.getTempFileURL({ fileList: [fileID] })
      const url = fileList[0]?.tempFileURL
      if (!url || (fileList[0].status ?? 0) !== 0) throw new Error(`getTempFileURL gave no link for ${fileID}`)
      return { fileName: file.fileName, url, size: file.bytes.length }
    },
  }
}

// 台账 exports on WeChat: the function uploads the rendered file under exports/<date>/<random>/<name> and answers
// the temporary link; files older than a day are deleted when a later export comes; a link the platform refuses is
// an error, not an empty answer.
import { doubleWithIndexes } from '../support/double-with-indexes'
import { createCloudExportFiles, EXPORT_FILES_COLLECTION, type CloudUploadApi } from '../../cloudfunctions/src/adapters/wechat/cloud-export-files'
import { parseXlsx } from '../../cloudfunctions/tools/directory/xlsx'

const workbook = { title: '航空路社区说事台账（2026-11-01至2026-11-30）', sheets: [{ name: '说事台账', header: ['编号', '说事人'], rows: [['SS202611030001', '王**']] }] }

function setup(linkStatus = 0) {
  const uploads: Array<{ cloudPath: string; fileContent: Buffer }> = []
  const deleted: string[][] = []
  const cloud: CloudUploadApi = {
    uploadFile: async (options) => { uploads.push(options); return { fileID: `cloud://env-1.bucket/${options.cloudPath}` } },
    getTempFileURL: async ({ fileList }) => ({ fileList: fileList.map((fileID) => ({ fileID, ...(linkStatus === 0 ? { tempFileURL: `https://tmp.example/${fileID.slice(21)}` } : {}), status: linkStatus })) }),
    deleteFile: async ({ fileList }) => { deleted.push(fileList); return {} },
  }
  const db = doubleWithIndexes()
  return { files: createCloudExportFiles(cloud, db), uploads, deleted, db }
}

it('uploads the file to cloud storage and answers its temporary link', async () => {
  const { files, uploads } = setup()
  const published = await files.publish(workbook, 'xlsx', 'user-staff-chen', '2026-11-30T17:00:00.000Z')
  expect(uploads).toHaveLength(1)
  expect(uploads[0].cloudPath).toMatch(/^exports\/2026-12-01\/[0-9a-f]{24}\/航空路社区说事台账（2026-11-01至2026-11-30）\.xlsx$/)
  expect(parseXlsx(uploads[0].fileContent).rows[0].cells).toEqual(['SS202611030001', '王**'])
  expect(published).toEqual({ fileName: '航空路社区说事台账（2026-11-01至2026-11-30）.xlsx', url: `https://tmp.example/${uploads[0].cloudPath}`, size: uploads[0].fileContent.length })
})

it('deletes the exports older than a day when the next one is made', async () => {
  const { files, uploads, deleted, db } = setup()
  await files.publish(workbook, 'csv', 'u', '2026-11-28T02:00:00.000Z')
  await files.publish(workbook, 'csv', 'u', '2026-11-29T01:00:00.000Z')
  expect(deleted).toEqual([])
  await files.publish(workbook, 'csv', 'u', '2026-11-29T03:00:00.000Z')
  expect(deleted).toEqual([[`cloud://env-1.bucket/${uploads[0].cloudPath}`]])
  expect(db.dump(EXPORT_FILES_COLLECTION).map((d) => d.createdAt)).toEqual(['2026-11-29T01:00:00.000Z', '2026-11-29T03:00:00.000Z'])
})

it('fails loudly when no link comes back', async () => {
  const { files } = setup(-1)
  await expect(files.publish(workbook, 'csv', 'u', '2026-11-30T02:00:00.000Z')).rejects.toThrow(/no link/)
})

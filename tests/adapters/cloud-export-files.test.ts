// 台账 exports on WeChat: the function uploads the rendered file under exports/<date>/<random>/<name> and answers
// the temporary link; a link the platform refuses is an error, not an empty answer.
import { createCloudExportFiles } from '../../cloudfunctions/src/adapters/wechat/cloud-export-files'
import { parseXlsx } from '../../cloudfunctions/tools/directory/xlsx'

const workbook = { title: '航空路社区说事台账（2026-11-01至2026-11-30）', sheets: [{ name: '说事台账', header: ['编号', '说事人'], rows: [['SS202611030001', '王**']] }] }

it('uploads the file to cloud storage and answers its temporary link', async () => {
  const uploads: Array<{ cloudPath: string; fileContent: Buffer }> = []
  const files = createCloudExportFiles({
    uploadFile: async (options) => { uploads.push(options); return { fileID: `cloud://env-1.bucket/${options.cloudPath}` } },
    getTempFileURL: async ({ fileList }) => ({ fileList: fileList.map((fileID) => ({ fileID, tempFileURL: `https://tmp.example/${fileID.slice(21)}`, status: 0 })) }),
  })
  const published = await files.publish(workbook, 'xlsx', 'user-staff-chen', '2026-11-30T17:00:00.000Z')
  expect(uploads).toHaveLength(1)
  expect(uploads[0].cloudPath).toMatch(/^exports\/2026-12-01\/[0-9a-f]{24}\/航空路社区说事台账（2026-11-01至2026-11-30）\.xlsx$/)
  expect(parseXlsx(uploads[0].fileContent).rows[0].cells).toEqual(['SS202611030001', '王**'])
  expect(published).toEqual({ fileName: '航空路社区说事台账（2026-11-01至2026-11-30）.xlsx', url: `https://tmp.example/${uploads[0].cloudPath}`, size: uploads[0].fileContent.length })
})

it('fails loudly when no link comes back', async () => {
  const files = createCloudExportFiles({
    uploadFile: async ({ cloudPath }) => ({ fileID: `cloud://env-1.bucket/${cloudPath}` }),
    getTempFileURL: async ({ fileList }) => ({ fileList: fileList.map((fileID) => ({ fileID, status: -1 })) }),
  })
  await expect(files.publish(workbook, 'csv', 'u', '2026-11-30T02:00:00.000Z')).rejects.toThrow(/no link/)
})

// The WeChat file storage on the cloud-db double with a recording storage API: reserved uploads belong to their
// uploader, only this environment's cases/ fileIDs count, links come in batches of ≤ 50, unused uploads go after a day.
import { doubleWithIndexes } from '../support/double-with-indexes'
import { createCloudFileStorage, parseFileId, FILES_PER_CALL } from '../../cloudfunctions/src/adapters/wechat/cloud-file-storage'

const ENV = 'shuoshi-prod-4g1x'
const PREFIX = `cloud://${ENV}.7368-shuoshi-prod-4g1x-1300000000/`
const AT = '2026-11-30T02:00:00.000Z'

function setup() {
  const db = doubleWithIndexes()
  const tempCalls: string[][] = []
  const deleted: string[][] = []
  const cloud = {
    getWXContext: () => ({ ENV }),
    getTempFileURL: async ({ fileList }: { fileList: string[] }) => {
      tempCalls.push(fileList)
      if (fileList.length > FILES_PER_CALL) throw Object.assign(new Error('getTempFileURL:fail too many files'), { errCode: -1 })
      return { fileList: fileList.map((fileID) => ({ fileID, tempFileURL: `https://tmp.example/${fileID.slice(PREFIX.length)}?sign=x`, status: 0 })) }
    },
    deleteFile: async ({ fileList }: { fileList: string[] }) => {
      if (fileList.length > FILES_PER_CALL) throw new Error('deleteFile:fail too many files')
      deleted.push(fileList)
      return { fileList: fileList.map((fileID) => ({ fileID, status: 0 })) }
    },
  }
  return { db, files: createCloudFileStorage(cloud, db), tempCalls, deleted }
}

it('reads fileIDs: env, bucket prefix and path; anything else is not a fileID', () => {
  expect(parseFileId(`${PREFIX}cases/2026-11-30/img-1.jpg`)).toEqual({ env: ENV, prefix: PREFIX, path: 'cases/2026-11-30/img-1.jpg' })
  expect(parseFileId('https://example.com/a.jpg')).toBeUndefined()
  expect(parseFileId(`${PREFIX}cases/../secret.jpg`)).toBeUndefined()
})

it('reserves a path for the uploader; the same key answers the same path; another caller cannot take it', async () => {
  const { files } = setup()
  const path = await files.reserveUpload!('o-wang', 'img-abcdefgh', '.jpg', AT)
  expect(path).toBe('cases/2026-11-30/img-abcdefgh.jpg')
  expect(await files.reserveUpload!('o-wang', 'img-abcdefgh', '.jpg', AT)).toBe(path)
  expect(await files.reserveUpload!('o-li', 'img-abcdefgh', '.jpg', AT)).toBeUndefined()
})

it('accepts only the uploader\'s own fileID of this environment\'s cases/ path', async () => {
  const { files } = setup()
  const path = (await files.reserveUpload!('o-wang', 'img-abcdefgh', '.jpg', AT))!
  expect(await files.isOwnUpload(PREFIX + path, 'o-wang')).toBe(true)
  expect(await files.isOwnUpload(PREFIX + path, 'o-li')).toBe(false)
  expect(await files.isOwnUpload(`cloud://other-env.7368-other-env-1300000000/${path}`, 'o-wang')).toBe(false)
  expect(await files.isOwnUpload(`${PREFIX}avatars/img-abcdefgh.jpg`, 'o-wang')).toBe(false)
  expect(await files.isOwnUpload(`${PREFIX}cases/2026-11-30/never-reserved.jpg`, 'o-wang')).toBe(false)
  expect(await files.isOwnUpload('https://example.com/img.jpg', 'o-wang')).toBe(false)
})

it('issues links in batches of at most 50 and only for this environment\'s files', async () => {
  const { files, tempCalls } = setup()
  const ids = Array.from({ length: 120 }, (_, i) => `${PREFIX}cases/2026-11-30/img-${i}.jpg`)
  const urls = await files.viewUrls([...ids, 'https://example.com/x.jpg'])
  expect(tempCalls.map((batch) => batch.length)).toEqual([50, 50, 20])
  expect(Object.keys(urls)).toHaveLength(120)
  expect(urls[ids[0]]).toBe('https://tmp.example/cases/2026-11-30/img-0.jpg?sign=x')
})

it('deletes uploads left unattached before the cut-off, ≤ 50 per deleteFile, and keeps attached ones', async () => {
  const { files, deleted, db } = setup()
  const paths: string[] = []
  for (let i = 0; i < 60; i++) paths.push((await files.reserveUpload!('o-wang', `img-unused-${i}`, '.jpg', AT))!)
  const kept = (await files.reserveUpload!('o-wang', 'img-kept-01', '.jpg', AT))!
  expect(await files.isOwnUpload(PREFIX + kept, 'o-wang')).toBe(true)
  await files.markAttached([PREFIX + kept], AT)
  const later = (await files.reserveUpload!('o-wang', 'img-later-01', '.jpg', '2026-12-01T01:00:00.000Z'))!
  expect(await files.removeUnused('2026-12-01T00:00:00.000Z', 500)).toBe(60)
  expect(deleted.map((batch) => batch.length)).toEqual([50, 10])
  expect(deleted.flat()).toContain(PREFIX + paths[0])
  expect(deleted.flat()).not.toContain(PREFIX + kept)
  expect(deleted.flat()).not.toContain(PREFIX + later)
  expect(db.dump('uploads').map((d) => d.cloudPath).filter(Boolean).sort()).toEqual([kept, later].sort())
})

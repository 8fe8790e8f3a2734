// Private cloud storage (WeChat runtime). Storage rules are 仅创建者可读写; the server shows files through 10-minute
// getTempFileURL links (≤ 50 per call). Every upload is reserved first (collection `uploads`: path, uploader openid,
// state): a case attaches only its caller's own uploads of this environment's `cases/` path, and a timer deletes
// uploads left unattached for a day (deleteFile, ≤ 50 per call).
import { createHash } from 'node:crypto'
import type { FileStorage } from '../../../../src/core/ports/file-storage'
import { shanghaiDate } from '../../../../src/core/domain/deadlines'
import type { CloudDatabase } from '../cloud-db/database-api'
import { getOrUndefined } from '../cloud-db/doc-helpers'
import type { IndexSpec } from '../cloud-db/indexes'

export const UPLOADS_COLLECTION = 'uploads'
/** The platform's limit for getTempFileURL and deleteFile. */
export const FILES_PER_CALL = 50
const PREFIX_DOC = 'storage-prefix'

/** The `uploads` collection's index (create it in the console with the others; identity.setupDatabase lists it). */
export const UPLOADS_INDEXES: IndexSpec[] = [
  { name: 'state_createdAt_id', fields: [{ field: 'state', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }], usedBy: 'cases.cleanupUploads (uploads never attached, oldest first)' },
]

export interface CloudStorageApi {
  getTempFileURL(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; tempFileURL?: string; status?: number }> }>
  deleteFile(options: { fileList: string[] }): Promise<{ fileList: Array<{ fileID: string; status?: number }> }>
  getWXContext(): { ENV?: string; OPENID?: string }
}

/** `cloud://<env>.<bucket>/<path>` → its parts; undefined for anything else (an outside URL, a local id). */
export function parseFileId(fileId: string): { env: string; prefix: string; path: string } | undefined {
  const match = /^cloud:\/\/([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\/(.+)$/.exec(fileId)
  if (!match || match[3].split('/').some((part) => part === '..' || part === '')) return undefined
  return { env: match[1], prefix: `cloud://${match[1]}.${match[2]}/`, path: match[3] }
}

const docIdOf = (cloudPath: string) => createHash('sha256').update(cloudPath).digest('hex').slice(0, 40)

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export function createCloudFileStorage(cloud: CloudStorageApi, db: CloudDatabase): FileStorage {
  const uploads = () => db.collection(UPLOADS_COLLECTION)
  const _ = db.command
  let knownPrefix: string | undefined
  /** This environment's case upload, or undefined. */
  const ownPath = (fileId: string) => {
    const parts = parseFileId(fileId)
    const env = cloud.getWXContext().ENV
    return parts && env && parts.env === env && parts.path.startsWith('cases/') ? parts : undefined
  }
  return {
    async reserveUpload(openid, key, extension, at) {
      const cloudPath = `cases/${shanghaiDate(at)}/${key}${extension}`
      const ref = uploads().doc(docIdOf(cloudPath))
      const existing = await getOrUndefined(ref)
      if (existing) return existing.openid === openid ? String(existing.cloudPath) : undefined
      await ref.set({ data: { cloudPath, openid, state: 'pending', createdAt: at } })
      return cloudPath
    },

    async isOwnUpload(fileId, openid) {
      const parts = ownPath(fileId)
      if (!parts) return false
      const record = await getOrUndefined(uploads().doc(docIdOf(parts.path)))
      if (!record || record.openid !== openid) return false
      if (knownPrefix !== parts.prefix) {
        // The bucket part of fileIDs is learnt here: the clean-up needs it to name files never attached.
        await uploads().doc(PREFIX_DOC).set({ data: { state: 'meta', prefix: parts.prefix } })
        knownPrefix = parts.prefix
      }
      return true
    },

    async markAttached(fileIds, at) {
      for (const fileId of fileIds) {
        const parts = ownPath(fileId)
        if (parts) await uploads().doc(docIdOf(parts.path)).update({ data: { state: 'attached', attachedAt: at } })
      }
    },

    async viewUrls(fileIds) {
      const urls: Record<string, string> = {}
      const ours = fileIds.filter((id) => ownPath(id))
      for (const batch of chunks(ours, FILES_PER_CALL)) {
        const { fileList } = await cloud.getTempFileURL({ fileList: batch })
        for (const file of fileList) if (file.tempFileURL && (file.status ?? 0) === 0) urls[file.fileID] = file.tempFileURL
      }
      return urls
    },

    async removeUnused(before, max) {
      const meta = await getOrUndefined(uploads().doc(PREFIX_DOC))
      if (!meta?.prefix) return 0 // no file was ever attached here: the bucket's name is not known yet
      const { data } = await uploads().where({ state: 'pending', createdAt: _.lt(before) }).orderBy('createdAt', 'asc').limit(Math.min(max, 1000)).get()
      let removed = 0
      for (const batch of chunks(data, FILES_PER_CALL)) {
        await cloud.deleteFile({ fileList: batch.map((doc) => `${meta.prefix}${doc.cloudPath}`) })
        for (const doc of batch) await uploads().doc(doc._id).remove()
        removed += batch.length
      }
      return removed
    },
  }
}

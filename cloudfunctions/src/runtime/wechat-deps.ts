// Wire the ports for the WeChat runtime: cloud database repositories and message stores, subscription pushes, the shipped classifier.
import { createWechatCheckInCodes, type WxacodeApi } from '../adapters/wechat/check-in-codes'
import type { Deps } from '../../../src/core/ports'
import { systemClock } from '../../../src/core/ports/clock'
import { WorkCalendar } from '../../../src/core/domain/work-calendar'
import { createCloudDbRepositories, type CloudDatabase } from '../adapters/cloud-db'
import { createCloudCredits, createCloudInbox, createCloudPushLog, createCloudReminderLedger } from '../adapters/wechat/cloud-db-message-stores'
import { createSubscribeSender, type OpenApi } from '../adapters/wechat/subscribe-sender'
import type { Classifier } from '../../../src/core/ports/classifier'
import { templateEnvironment } from './template-environment'
import { createDeliveringNotifier } from './notices/deliver-notice'
import { uniqueIds } from './ids'
import { createCloudFileStorage, type CloudStorageApi } from '../adapters/wechat/cloud-file-storage'
import { createCloudContentReviews, createWechatContentCheck, type SecurityApi } from '../adapters/wechat/content-security'
import { createCloudDatabaseSetup, type CollectionMaker } from '../adapters/wechat/setup-database'
import { createCloudExportFiles, type CloudUploadApi } from '../adapters/wechat/cloud-export-files'
import { createWechatPhoneNumbers, type PhoneNumberApi } from '../adapters/wechat/phone-numbers'

const STATES = { local: 'developer', develop: 'developer', trial: 'trial', release: 'formal' } as const

/** `classifier`: only the functions that classify (cases) pass one, so the others' bundles stay small. */
export function createWechatDeps(cloud: { database(): unknown; openapi: unknown } & Partial<CloudStorageApi>, classifier?: Classifier): Deps {
  const db = cloud.database() as CloudDatabase
  const repos = createCloudDbRepositories(db)
  const environment = templateEnvironment()
  const inbox = createCloudInbox(db)
  const credits = createCloudCredits(db)
  const notifier = createDeliveringNotifier({
    inbox, credits, users: repos.users, clock: systemClock, ids: uniqueIds, environment,
    sender: createSubscribeSender(cloud.openapi as OpenApi, STATES[environment] ?? 'formal'),
    log: createCloudPushLog(db),
  })
  const files = hasStorage(cloud) ? createCloudFileStorage(cloud, db) : undefined
  const contentCheck = hasSecurity(cloud) ? createWechatContentCheck(cloud, db, async (fileId) => (await files?.viewUrls([fileId]))?.[fileId]) : undefined
  return {
    repos, clock: systemClock, ids: uniqueIds, notifier, inbox, credits, reminders: createCloudReminderLedger(db), classifier, calendar: new WorkCalendar(),
    files, contentCheck, contentReviews: createCloudContentReviews(db), setup: createCloudDatabaseSetup(db as unknown as CollectionMaker),
    phoneNumbers: createWechatPhoneNumbers(cloud.openapi as PhoneNumberApi),
    checkInCodes: createWechatCheckInCodes(cloud.openapi as unknown as WxacodeApi),
    exportFiles: canUpload(cloud) ? createCloudExportFiles(cloud, db) : undefined,
  }
}

function canUpload(cloud: object): cloud is CloudUploadApi {
  const api = cloud as Partial<CloudUploadApi>
  return typeof api.uploadFile === 'function' && typeof api.getTempFileURL === 'function' && typeof api.deleteFile === 'function'
}

/** wx-server-sdk always has storage; a test's stand-in without it runs without attachment checks. */
function hasStorage(cloud: Partial<CloudStorageApi>): cloud is CloudStorageApi {
  return typeof cloud.getTempFileURL === 'function' && typeof cloud.deleteFile === 'function' && typeof cloud.getWXContext === 'function'
}

function hasSecurity(cloud: { openapi: unknown } & Partial<CloudStorageApi>): cloud is SecurityApi & { openapi: unknown } {
  const security = (cloud.openapi as { security?: { msgSecCheck?: unknown } } | undefined)?.security
  return typeof security?.msgSecCheck === 'function' && typeof cloud.getWXContext === 'function'
}

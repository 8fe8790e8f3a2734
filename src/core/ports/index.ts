// Everything a use case may depend on.
import type { Clock } from './clock'
import type { IdGenerator } from './ids'
import type { Notifier } from './notifier'
import type { Classifier, ClassifierPort } from './classifier'
import type { Repositories } from './repositories'
import type { CreditStore, InboxStore, ReminderLedger } from './messages'
import type { WorkCalendar } from '../domain/work-calendar'
import type { FileStorage } from './file-storage'
import type { ContentCheck, ContentReviewStore } from './content-check'
import type { DatabaseSetup } from './database-setup'
import type { PhoneNumbers } from './phone-numbers'
import type { CheckInCodes } from './check-in-codes'
import type { ExportFiles } from './export-files'

export interface Deps {
  repos: Repositories
  clock: Clock
  ids: IdGenerator
  notifier: Notifier
  inbox: InboxStore
  credits: CreditStore
  reminders: ReminderLedger
  classifier?: ClassifierPort
  calendar: WorkCalendar
  /** Attachments: ownership checks, view links, clean-up (both runtimes set it). */
  files?: FileStorage
  /** Content security of texts residents write and the board shows, and the holds it leads to (both runtimes set them). */
  contentCheck?: ContentCheck
  contentReviews?: ContentReviewStore
  /** WeChat: creating the cloud collections (identity.setupDatabase). */
  setup?: DatabaseSetup
  /** WeChat: verified phone numbers from getPhoneNumber codes (住户登记). */
  phoneNumbers?: PhoneNumbers
  /** WeChat: the mini-program code participants scan to check in to a meeting (locally: none, they type the short code). */
  checkInCodes?: CheckInCodes
  /** 台账 exports as files to download (both runtimes set it). */
  exportFiles?: ExportFiles
}

export type { Clock, IdGenerator, Notifier, Classifier, ClassifierPort, Repositories, FileStorage }

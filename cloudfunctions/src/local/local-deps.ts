// Wire the ports for the local runtime: SQLite repositories and message stores, the outbox sender, files on disk, the offset clock.
import path from 'node:path'
import fs from 'node:fs'
import type Database from 'better-sqlite3'
import type { Deps } from '../../../src/core/ports'
import type { Clock } from '../../../src/core/ports/clock'
import { WorkCalendar } from '../../../src/core/domain/work-calendar'
import { openDatabase, openReadOnlyDatabase, createSqliteRepositories } from '../adapters/sqlite'
import { createSqliteCredits, createSqliteInbox, createSqlitePushLog, createSqliteReminderLedger } from '../adapters/local/sqlite-message-stores'
import { createOutboxSender } from '../adapters/local/outbox-sender'
import { createDiskFileStorage, type DiskFileStorage } from '../adapters/local/disk-file-storage'
import { createDiskExportFiles, type DiskExportFiles } from '../adapters/local/disk-export-files'
import { createWordListCheck } from '../adapters/local/word-list-check'
import { createSqliteContentReviews } from '../adapters/local/content-review-store'
import { createDeliveringNotifier } from '../runtime/notices/deliver-notice'
import { loadClassifier } from '../classifier'
import { uniqueIds } from '../runtime/ids'
import { OffsetClock } from './dev-clock'

export interface LocalRuntime {
  deps: Deps
  db: Database.Database
  files: DiskFileStorage
  exports: DiskExportFiles
  clock: OffsetClock
  dataDir: string
}

/** `readOnly`: the ports over a connection that only reads a database the server already opened (a reader's). */
export function createLocalRuntime(dataDir: string, options: { readOnly?: boolean } = {}): LocalRuntime {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, 'shuoshi.db')
  const db = options.readOnly ? openReadOnlyDatabase(file) : openDatabase(file)
  const clock = new OffsetClock()
  // Every part reads the time through this, so a test or the dev clock can replace deps.clock in one place.
  const now: Clock = { now: () => runtime.deps.clock.now() }
  const repos = createSqliteRepositories(db)
  const inbox = createSqliteInbox(db)
  const credits = createSqliteCredits(db)
  const notifier = createDeliveringNotifier({
    inbox, credits, users: repos.users, clock: now, ids: uniqueIds, environment: 'local',
    sender: createOutboxSender(db, now, uniqueIds),
    log: createSqlitePushLog(db),
  })
  const files = createDiskFileStorage(path.join(dataDir, 'files'), db)
  const exports = createDiskExportFiles(path.join(dataDir, 'exports'), db)
  const deps: Deps = {
    repos, clock, ids: uniqueIds, notifier, inbox, credits, reminders: createSqliteReminderLedger(db), classifier: loadClassifier(), calendar: new WorkCalendar(),
    files, contentCheck: createWordListCheck(), contentReviews: createSqliteContentReviews(db), exportFiles: exports,
  }
  const runtime: LocalRuntime = { deps, db, files, exports, clock, dataDir }
  return runtime
}

// Wire the ports for the local runtime: SQLite repositories, inbox + outbox, files on disk, the offset clock.
import path from 'node:path'
import fs from 'node:fs'
import type Database from 'better-sqlite3'
import type { Deps } from '../../../src/core/ports'
import { WorkCalendar } from '../../../src/core/domain/work-calendar'
import { openDatabase, createSqliteRepositories } from '../adapters/sqlite'
import { createLocalNotifier } from '../adapters/local/inbox-notifier'
import { createDiskFileStorage } from '../adapters/local/disk-file-storage'
import type { FileStorage } from '../../../src/core/ports/file-storage'
import { loadClassifier } from '../classifier'
import { randomIds } from '../runtime/ids'
import { OffsetClock } from './dev-clock'

export interface LocalRuntime {
  deps: Deps
  db: Database.Database
  files: FileStorage
  clock: OffsetClock
  dataDir: string
}

export function createLocalRuntime(dataDir: string): LocalRuntime {
  fs.mkdirSync(dataDir, { recursive: true })
  const db = openDatabase(path.join(dataDir, 'shuoshi.db'))
  const clock = new OffsetClock()
  const deps: Deps = {
    repos: createSqliteRepositories(db),
    clock,
    ids: randomIds,
    notifier: createLocalNotifier(db, clock, randomIds),
    classifier: loadClassifier(),
    calendar: new WorkCalendar(),
  }
  return { deps, db, files: createDiskFileStorage(path.join(dataDir, 'files')), clock, dataDir }
}

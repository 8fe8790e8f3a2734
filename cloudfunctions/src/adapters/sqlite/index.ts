// The SQLite adapter (local runtime): every repository port over one better-sqlite3 database.
import type { Repositories } from '@core/ports/repositories'
import type { Database } from './database'
import { createSqliteCaseRepository } from './case-repository'
import { createSqliteEventRepository } from './event-repository'
import { createSqliteDirectoryRepository } from './directory-repository'
import { createSqliteUserRepository } from './user-repository'
import { createSqliteAdministrationRepository } from './administration-repository'
import { createSqliteMeetingRepository } from './meeting-repository'
import { createSqliteTopicRepository } from './topic-repository'
import { createSqliteStatisticsRepository } from './statistics-repository'

export function createSqliteRepositories(db: Database): Repositories {
  return {
    cases: createSqliteCaseRepository(db),
    events: createSqliteEventRepository(db),
    directory: createSqliteDirectoryRepository(db),
    users: createSqliteUserRepository(db),
    admin: createSqliteAdministrationRepository(db),
    meetings: createSqliteMeetingRepository(db),
    topics: createSqliteTopicRepository(db),
    statistics: createSqliteStatisticsRepository(db),
  }
}

export { openDatabase, openReadOnlyDatabase, closeDatabase, optimizeDatabase, type Database } from './database'
export { insertCasesInBulk } from './bulk'
export { migrate, MIGRATIONS } from './schema'
export { startBackgroundCheckpoint, BACKSTOP_CHECKPOINT_PAGES, WAL_SIZE_LIMIT_BYTES, type BackgroundCheckpoint, type CheckpointReport } from './background-checkpoint'

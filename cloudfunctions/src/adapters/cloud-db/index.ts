// The cloud database adapter: every repository port over wx-server-sdk's database API.
import type { Repositories } from '@core/ports/repositories'
import type { CloudDatabase } from './database-api'
import { createCloudCaseRepository } from './case-repository'
import { createCloudEventRepository } from './event-repository'
import { createCloudDirectoryRepository } from './directory-repository'
import { createCloudUserRepository } from './user-repository'
import { createCloudAdministrationRepository } from './administration-repository'
import { createCloudMeetingRepository } from './meeting-repository'
import { createCloudTopicRepository } from './topic-repository'

export function createCloudDbRepositories(db: CloudDatabase): Repositories {
  return {
    cases: createCloudCaseRepository(db),
    events: createCloudEventRepository(db),
    directory: createCloudDirectoryRepository(db),
    users: createCloudUserRepository(db),
    admin: createCloudAdministrationRepository(db),
    meetings: createCloudMeetingRepository(db),
    topics: createCloudTopicRepository(db),
  }
}

export type { CloudDatabase } from './database-api'
export { COLLECTIONS } from './collections'
export { CLOUD_DB_INDEXES } from './indexes'

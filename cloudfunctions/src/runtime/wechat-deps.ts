// Wire the ports for the WeChat runtime: cloud database repositories, the inbox notifier, the shipped classifier.
import type { Deps } from '../../../src/core/ports'
import { systemClock } from '../../../src/core/ports/clock'
import { WorkCalendar } from '../../../src/core/domain/work-calendar'
import { createCloudDbRepositories } from '../adapters/cloud-db'
import type { DatabaseApi } from '../adapters/cloud-db/database-api'
import { createCloudInboxNotifier } from '../adapters/wechat/inbox-notifier'
import { loadClassifier } from '../classifier'
import { randomIds } from './ids'

export function createWechatDeps(cloud: { database(): unknown }): Deps {
  const db = cloud.database() as DatabaseApi
  return {
    repos: createCloudDbRepositories(db),
    clock: systemClock,
    ids: randomIds,
    notifier: createCloudInboxNotifier(db as unknown as { collection(name: string): unknown }, systemClock),
    classifier: loadClassifier(),
    calendar: new WorkCalendar(),
  }
}

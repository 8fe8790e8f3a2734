// The WeChat runtime's ports on the cloud database test double (the same adapters createWechatDeps wires), with the
// demo seed, a fixed clock and a recording openapi: for sweep tests and the benchmark. `latencyMs` makes the double
// count simulated time per round trip (db.simulatedMs), which a sweep can read as its clock.
import { CloudDbDouble } from './cloud-db-double'
import { FixedClock } from './fixed-clock'
import { createCloudDbRepositories } from '../../cloudfunctions/src/adapters/cloud-db'
import { createCloudCredits, createCloudInbox, createCloudPushLog, createCloudReminderLedger } from '../../cloudfunctions/src/adapters/wechat/cloud-db-message-stores'
import { createSubscribeSender, type OpenApi } from '../../cloudfunctions/src/adapters/wechat/subscribe-sender'
import { createDeliveringNotifier } from '../../cloudfunctions/src/runtime/notices/deliver-notice'
import { randomIds } from '../../cloudfunctions/src/runtime/ids'
import { seedDemo } from '../../cloudfunctions/src/local/seed'
import { WorkCalendar } from '../../src/core/domain/work-calendar'
import type { Deps } from '../../src/core/ports'
import type { CaseEvent, CaseRecord } from '../../src/core/domain/case'

export interface CloudRuntime {
  db: CloudDbDouble
  deps: Deps
  clock: FixedClock
  pushes: Record<string, unknown>[]
  /** Store a case as it would be after its history (one 说事 event), without going through the workflow. */
  insertCase(item: CaseRecord): Promise<void>
}

export async function createCloudRuntime(options: { now: string | Date; latencyMs?: number }): Promise<CloudRuntime> {
  const db = new CloudDbDouble({ latencyMs: options.latencyMs })
  const pushes: Record<string, unknown>[] = []
  const openapi = { subscribeMessage: { send: async (message: Record<string, unknown>) => (pushes.push(message), { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }) } }
  const clock = new FixedClock(options.now)
  const repos = createCloudDbRepositories(db)
  const inbox = createCloudInbox(db)
  const credits = createCloudCredits(db)
  const notifier = createDeliveringNotifier({
    inbox, credits, users: repos.users, clock, ids: randomIds, environment: 'release',
    sender: createSubscribeSender(openapi as unknown as OpenApi, 'formal'), log: createCloudPushLog(db),
  })
  const deps: Deps = { repos, clock, ids: randomIds, notifier, inbox, credits, reminders: createCloudReminderLedger(db), calendar: new WorkCalendar() }
  await seedDemo(deps.repos)
  return {
    db,
    deps,
    clock,
    pushes,
    async insertCase(item) {
      const event: CaseEvent = {
        id: `${item.id}-e1`, caseId: item.id, seq: 1, action: 'submit', fromStatus: null, toStatus: 'submitted',
        actorId: item.submittedBy, actorName: item.petitioner.name, actorRole: 'resident', at: item.createdAt, attachments: [],
      }
      await deps.repos.cases.create(item, event)
    },
  }
}

// The WeChat runtime's ports on the cloud database test double (the same adapters createWechatDeps wires), with the
// demo seed, a fixed clock and a recording openapi: for sweep tests and the benchmark. `latencyMs` makes the double
// count simulated time per round trip (db.simulatedMs), which a sweep can read as its clock.
import { CloudDbDouble } from './cloud-db-double'
import { FixedClock } from './fixed-clock'
import { createCloudDbRepositories } from '../../cloudfunctions/src/adapters/cloud-db'
import { createCloudCredits, createCloudInbox, createCloudPushLog, createCloudReminderLedger } from '../../cloudfunctions/src/adapters/wechat/cloud-db-message-stores'
import { createSubscribeSender, type OpenApi } from '../../cloudfunctions/src/adapters/wechat/subscribe-sender'
import { createDeliveringNotifier } from '../../cloudfunctions/src/runtime/notices/deliver-notice'
import { uniqueIds } from '../../cloudfunctions/src/runtime/ids'
import { seedDemo } from '../../cloudfunctions/src/local/seed'
import { WorkCalendar } from '../../src/core/domain/work-calendar'
import type { Deps } from '../../src/core/ports'
import type { CaseEvent, CaseRecord } from '../../src/core/domain/case'
import { buildCase } from './builders'

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
    inbox, credits, users: repos.users, clock, ids: uniqueIds, environment: 'release',
    sender: createSubscribeSender(openapi as unknown as OpenApi, 'formal'), log: createCloudPushLog(db),
  })
  const deps: Deps = { repos, clock, ids: uniqueIds, notifier, inbox, credits, reminders: createCloudReminderLedger(db), calendar: new WorkCalendar() }
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

/** A case of the demo community for the sweep scenarios, numbered `i`. */
export function sweepCase(i: number, overrides: Partial<CaseRecord>): CaseRecord {
  return buildCase({
    id: `sweep-${String(i).padStart(6, '0')}`, streetId: 'street-shengli', communityId: 'community-hangkonglu', gridId: 'grid-1',
    petitioner: { userId: 'user-wang', name: '王秀英' }, submittedBy: 'user-wang', version: 5,
    createdAt: '2026-10-01T02:00:00.000Z', updatedAt: '2026-10-20T02:00:00.000Z', ...overrides,
  })
}

/**
 * `count` cases of 环卫所 due one minute apart from 2026-10-20 (overdue and past escalation by late November), and one
 * on the agenda of 2026-12-01 and one published on 2026-11-20 (for the later stages).
 */
export async function insertOverdueBacklog(cloud: CloudRuntime, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const dueAt = new Date(Date.parse('2026-10-20T15:59:59.999Z') + i * 60_000).toISOString()
    await cloud.insertCase(sweepCase(i, { status: 'inProgress', unitId: 'unit-sanitation', level: 'community', dueAt }))
  }
  await cloud.insertCase(sweepCase(count, { status: 'onAgenda', meeting: { date: '2026-12-01', place: '居民说事厅' } }))
  await cloud.insertCase(sweepCase(count + 1, { status: 'published', publishedResult: '已清理', publishedAt: '2026-11-20T02:00:00.000Z', updatedAt: '2026-11-20T02:00:00.000Z' }))
}

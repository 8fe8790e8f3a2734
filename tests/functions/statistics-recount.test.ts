// The counters kept in each transaction agree with a recount from the raw events after a seeded random mix of real
// use cases: 10,000 steps on SQLite and 10,000 on the cloud-db test double (about 12 s and 50 s here).
import { createHarness, type Harness } from '../support/local-harness'
import { createCloudRuntime } from '../support/cloud-runtime'
import { runRandomCaseActions } from '../support/random-case-actions'
import { recountSqlite } from '../../cloudfunctions/src/adapters/sqlite/statistics-recount'
import { caseFromDoc } from '../../cloudfunctions/src/adapters/cloud-db/case-mapper'
import { eventFromDoc } from '../../cloudfunctions/src/adapters/cloud-db/event-mapper'
import { COLLECTIONS } from '../../cloudfunctions/src/adapters/cloud-db'
import { counterDrift, recountCase } from '../../src/core/domain/statistics-recount'
import type { Contribution } from '../../src/core/domain/statistics-counters'
import type { CaseEvent } from '../../src/core/domain/case'
import type { Figures } from '../../src/core/domain/statistics'

jest.setTimeout(600_000)

describe('sqlite', () => {
  let h: Harness
  beforeAll(async () => { h = await createHarness('2026-10-08T01:00:00Z') })
  afterAll(() => h.close())

  it('agrees with the recount after 10,000 random steps, and the recount finds drift when a counter is tampered with', async () => {
    const run = await runRandomCaseActions(h.runtime.deps, h.clock, 10_000, 11)
    expect(run.saved).toBeGreaterThan(3000)
    expect(run.sweeps).toBeGreaterThan(50)
    const actions = h.runtime.db.prepare('SELECT DISTINCT action FROM case_events').pluck().all()
    for (const action of ['triage', 'assign', 'accept', 'returnToStaff', 'approveExtension', 'complete', 'resolveOnSpot', 'publish', 'rate', 'rateUnsatisfied', 'recordFollowUp', 'followUpUnsatisfied', 'markOverdue', 'closeUnrated', 'close', 'mergeDuplicate', 'refer']) {
      expect(actions).toContain(action)
    }
    const report = recountSqlite(h.runtime.db)
    expect(report.cases).toBeGreaterThan(1000)
    expect(report.drift).toEqual([])
    expect(report.factsDrift).toBe(0)
    const row = h.runtime.db.prepare(`SELECT scope, bucket, dimension, key FROM statistics_counters WHERE dimension = 'all' AND bucket <> 'now' LIMIT 1`).get() as Record<string, string>
    h.runtime.db.prepare(`UPDATE statistics_counters SET figures = json_set(figures, '$.received', 99999) WHERE scope = ? AND bucket = ? AND dimension = ? AND key = ?`).run(row.scope, row.bucket, row.dimension, row.key)
    const drifted = recountSqlite(h.runtime.db)
    expect(drifted.drift).toEqual([expect.objectContaining({ id: `${row.scope}|${row.bucket}|all|`, stored: expect.objectContaining({ received: 99999 }) })])
    expect(recountSqlite(h.runtime.db, { fix: true }).fixed).toBe(true)
    expect(recountSqlite(h.runtime.db).drift).toEqual([])
  })
})

describe('cloud-db (test double)', () => {
  it('agrees with the recount after 10,000 random steps', async () => {
    const cloud = await createCloudRuntime({ now: '2026-10-08T01:00:00Z' })
    const run = await runRandomCaseActions(cloud.deps, cloud.clock, 10_000, 23)
    expect(run.saved).toBeGreaterThan(3000)
    const events = new Map<string, CaseEvent[]>()
    for (const doc of cloud.db.dump(COLLECTIONS.caseEvents)) {
      const event = eventFromDoc(doc)
      events.set(event.caseId, [...(events.get(event.caseId) ?? []), event])
    }
    const expected: Contribution = new Map()
    const facts = new Map(cloud.db.dump(COLLECTIONS.caseStatistics).map((d) => [d._id, d.facts]))
    for (const doc of cloud.db.dump(COLLECTIONS.cases)) {
      const item = caseFromDoc(doc)
      const timeline = (events.get(item.id) ?? []).sort((a, b) => a.seq - b.seq)
      expect(facts.get(item.id)).toEqual(recountCase(expected, { origin: item, events: timeline }))
    }
    const stored = new Map(cloud.db.dump(COLLECTIONS.statisticsCounters).map((d) => [d._id, d.figures as Figures]))
    expect(expected.size).toBeGreaterThan(20)
    expect(counterDrift(stored, expected)).toEqual([])
  })
})

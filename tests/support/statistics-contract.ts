// The statistics part of the repository contract: cases.create and cases.saveTransition keep the counter rows in the
// same transaction, and statistics.read answers a scope's rows by month range (called from repository-contract.ts).
import type { CaseEvent, CaseRecord } from '@core/domain/case'
import type { Repositories } from '@core/ports/repositories'
import type { CounterRow } from '@core/domain/statistics-counters'
import { buildCase, buildEvent, buildFirstEvent } from './builders'

const byRow = (rows: CounterRow[]) => Object.fromEntries(rows.map((r) => [`${r.bucket}|${r.dimension}|${r.key}`, r.figures]))

export function statisticsContract(repos: () => Repositories): void {
  describe('statistics counters', () => {
    async function create(overrides: Partial<CaseRecord> = {}): Promise<CaseRecord> {
      const item = buildCase(overrides)
      await repos().cases.create(item, buildFirstEvent(item, { data: { channel: item.channel } }))
      return item
    }

    async function save(item: CaseRecord, changes: Partial<CaseRecord>, event: Partial<CaseEvent>, at: string): Promise<{ item: CaseRecord; outcome: string }> {
      const next: CaseRecord = { ...item, ...changes, version: item.version + 1, updatedAt: at }
      const seq = (await repos().events.listByCase(item.id)).length + 1
      const outcome = await repos().cases.saveTransition(next, buildEvent({ caseId: item.id, seq, fromStatus: item.status, toStatus: next.status, at, ...event }))
      return { item: outcome === 'saved' ? next : item, outcome }
    }

    it('counts a created case in its Shanghai month, for the community and the street, once per idempotency key', async () => {
      // 2026-11-30 17:00 UTC is 12-01 01:00 in Shanghai.
      const item = await create({ createdAt: '2026-11-30T17:00:00.000Z', channel: 'phone', idempotencyKey: 'stat-key-1' })
      await repos().cases.create(buildCase({ idempotencyKey: 'stat-key-1' }), buildFirstEvent(item))
      for (const scope of ['c:community-1', 's:street-1']) {
        const rows = byRow(await repos().statistics.read(scope, '2026-12', '2026-12'))
        expect(rows).toEqual({
          '2026-12|all|': { received: 1 }, '2026-12|category|-': { received: 1 }, '2026-12|channel|phone': { received: 1 },
          '2026-12|grid|grid-1': { received: 1 }, '2026-12|unit|-': { received: 1 },
        })
      }
      await expect(repos().statistics.read('c:community-1', '2026-10', '2026-11')).resolves.toEqual([])
    })

    it('moves a case between rows as it changes, keeps the unit appraisal and the overdue-now rows, and drops emptied rows', async () => {
      let item = await create({ createdAt: '2026-11-30T02:00:00.000Z' })
      item = (await save(item, { status: 'triaged', category: 'sanitation' }, { action: 'triage', data: { category: 'sanitation' } }, '2026-11-30T02:10:00.000Z')).item
      item = (await save(item, { status: 'assigned', unitId: 'unit-a', dueAt: '2026-12-01T15:59:59.999Z' }, { action: 'assign', data: { unitId: 'unit-a', dueAt: '2026-12-01T15:59:59.999Z' } }, '2026-11-30T02:20:00.000Z')).item
      item = (await save(item, {}, { action: 'markOverdue', data: { dueAt: '2026-12-01T15:59:59.999Z' } }, '2026-12-02T02:00:00.000Z')).item
      let rows = byRow(await repos().statistics.read('c:community-1', '2026-11', '2026-11'))
      expect(rows['2026-11|category|-']).toBeUndefined()
      expect(rows['2026-11|category|sanitation']).toEqual({ received: 1, late: 1 })
      expect(rows['2026-11|unit|unit-a']).toEqual({ received: 1, late: 1 })
      expect(rows['2026-11|appraisal|unit-a']).toEqual({ assigned: 1 })
      expect(rows['now|all|']).toEqual({ overdueNow: 1 })
      expect(rows['now|appraisal|unit-a']).toEqual({ overdueNow: 1 })

      await save(item, { status: 'triaged', unitId: undefined, dueAt: undefined }, { action: 'returnToStaff', data: { unitId: 'unit-a' } }, '2026-12-02T03:00:00.000Z')
      rows = byRow(await repos().statistics.read('s:street-1', '2026-01', '2026-12'))
      expect(rows['now|all|']).toBeUndefined()
      expect(rows['2026-11|all|']).toEqual({ received: 1 })
      expect(rows['2026-11|unit|-']).toEqual({ received: 1 })
      expect(rows['2026-11|appraisal|unit-a']).toEqual({ assigned: 1, returns: 1 })
    })

    it('changes no counter for a stale save, and counts only the winner of two racing saves', async () => {
      const item = await create()
      const triage = { action: 'triage' as const, data: { category: 'sanitation' } }
      const refer = { action: 'refer' as const }
      const outcomes = await Promise.all([
        save(item, { status: 'triaged', category: 'sanitation' }, triage, '2026-11-28T03:00:00.000Z'),
        save(item, { status: 'referred' }, refer, '2026-11-28T03:00:00.000Z'),
      ])
      expect(outcomes.map((o) => o.outcome).sort()).toEqual(['saved', 'stale'])
      const rows = byRow(await repos().statistics.read('c:community-1', '2026-11', '2026-11'))
      const triaged = outcomes[0].outcome === 'saved'
      expect(rows['2026-11|all|']).toEqual(triaged ? { received: 1 } : { received: 1, closed: 1 })
      expect(rows['2026-11|category|sanitation']).toEqual(triaged ? { received: 1 } : undefined)
    })
  })
}

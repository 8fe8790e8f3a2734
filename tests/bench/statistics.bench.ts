// Benchmark: the 数据统计 dashboard's answer (supervision.getStatistics + getUnitAppraisal, as the page asks them) over
// 100,000 and 1,000,000 cases on the local runtime (SQLite), target ≤ 200 ms. The cases (load-data.ts, two years,
// realistic mix) get plausible timelines (statistics-timeline.ts), are bulk-loaded, and `recount --fix` builds their
// counters from the events (also timed); then each answer is asked 20 times after 3 warm-up calls.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalRuntime } from '../../cloudfunctions/src/local/local-deps'
import { seedDemo } from '../../cloudfunctions/src/local/seed'
import { insertCasesInBulk, optimizeDatabase } from '../../cloudfunctions/src/adapters/sqlite'
import { recountSqlite } from '../../cloudfunctions/src/adapters/sqlite/statistics-recount'
import { actorFromUser } from '../../cloudfunctions/src/runtime/actor'
import { DEMO_PERSONAS } from '../../cloudfunctions/src/local/demo-community'
import { getStatistics } from '../../src/core/application/statistics/get-statistics'
import { getUnitAppraisal } from '../../src/core/application/statistics/get-unit-appraisal'
import { loadCases } from './load-data'
import { realisticTimeline } from './statistics-timeline'

const NOW = new Date('2026-11-30T02:00:00Z')
const PERIOD = { fromMonth: '2025-12', toMonth: '2026-11' }

export interface StatisticsFigures {
  cases: number
  events: number
  counterRows: number
  loadMs: number
  recountMs: number
  /** Median and slowest of 20 dashboard answers (both actions), ms, per role. */
  staff: { median: number; max: number }
  admin: { median: number; max: number }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b)

export async function statisticsBench(count: number): Promise<StatisticsFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-stats-bench-'))
  const runtime = createLocalRuntime(dir)
  try {
    await seedDemo(runtime.deps.repos)
    runtime.deps.clock = { now: () => NOW }
    const loadStarted = Date.now()
    let index = 0
    const batches = (function* () {
      for (const { item } of loadCases({ count, mix: 'realistic', now: NOW })) yield { item, events: realisticTimeline(item, NOW, index++) }
    })()
    insertCasesInBulk(runtime.db, batches)
    optimizeDatabase(runtime.db)
    const loadMs = Date.now() - loadStarted
    const recountStarted = Date.now()
    const report = recountSqlite(runtime.db, { fix: true })
    const recountMs = Date.now() - recountStarted
    const counterRows = runtime.db.prepare('SELECT COUNT(*) FROM statistics_counters').pluck().get() as number
    const time = async (personaId: string, payload: Record<string, unknown>) => {
      const actor = actorFromUser(DEMO_PERSONAS.find((p) => p.id === personaId)!.user)
      const once = async () => {
        const started = process.hrtime.bigint()
        const [figures, units] = await Promise.all([getStatistics(runtime.deps, actor, payload), getUnitAppraisal(runtime.deps, actor, payload)])
        if (!figures.ok || !units.ok) throw new Error('the dashboard did not answer')
        return Number(process.hrtime.bigint() - started) / 1e6
      }
      for (let i = 0; i < 3; i++) await once()
      const runs: number[] = []
      for (let i = 0; i < 20; i++) runs.push(await once())
      const ordered = sorted(runs)
      return { median: Math.round(ordered[10] * 10) / 10, max: Math.round(ordered[19] * 10) / 10 }
    }
    return { cases: report.cases, events: report.events, counterRows, loadMs, recountMs, staff: await time('persona-staff', PERIOD), admin: await time('persona-admin', PERIOD) }
  } finally {
    runtime.db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export async function main(counts = [100_000, 1_000_000]): Promise<void> {
  for (const count of counts) {
    const r = await statisticsBench(count)
    console.log(`数据统计 over ${r.cases.toLocaleString('en')} cases (${r.events.toLocaleString('en')} events, ${r.counterRows.toLocaleString('en')} counter rows): dashboard answer (getStatistics + getUnitAppraisal, 12 months) staff median ${r.staff.median} ms / max ${r.staff.max} ms, admin (street) median ${r.admin.median} ms / max ${r.admin.max} ms (target ≤ 200 ms); recount --fix ${r.recountMs} ms, load ${r.loadMs} ms`)
  }
}

if (require.main === module) main(process.argv.slice(2).map(Number).filter((n) => n > 0).length ? process.argv.slice(2).map(Number) : undefined).catch((e) => { console.error(e); process.exit(1) })

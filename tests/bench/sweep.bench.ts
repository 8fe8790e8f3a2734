// Benchmark: the supervision sweep over 100,000 and 1,000,000 cases of which 1% are due (SQLite, local runtime).
// Prints the time and the case rows read; the rows read should track the due cases, not the total.
// Then the sweep on the cloud database (the test double, 30 ms simulated per round trip, 45 s budget per run) with
// 1,000 cases overdue at once: the runs it needs, the cases per run and the stages each run reaches.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalRuntime } from '../../cloudfunctions/src/local/local-deps'
import { seedDemo } from '../../cloudfunctions/src/local/seed'
import { CASE_COLUMNS, caseToRow } from '../../cloudfunctions/src/adapters/sqlite/case-row'
import { runSweep, SWEEP_STAGES } from '../../src/core/application/reminders/run-sweep'
import { buildCase } from '../support/builders'
import { createCloudRuntime, insertOverdueBacklog } from '../support/cloud-runtime'
import type { CaseRecord } from '../../src/core/domain/case'

const NOW = new Date('2026-11-30T02:00:00Z') // Monday 10:00 Beijing

function caseAt(i: number, due: boolean): CaseRecord {
  const createdAt = new Date(NOW.getTime() - (i % 1000) * 60000 - 30 * 86400000).toISOString()
  const base = buildCase({
    id: `bench${String(i).padStart(8, '0')}`, caseNo: `SS20261030${String(i).padStart(6, '0')}`, idempotencyKey: `bench-key-${i}`,
    streetId: 'street-shengli', communityId: 'community-hangkonglu', gridId: 'grid-1', unitId: 'unit-sanitation',
    petitioner: { userId: 'user-wang', name: '王秀英' }, submittedBy: 'user-wang', createdAt, updatedAt: createdAt, version: 5,
  })
  if (due) return { ...base, status: 'inProgress', level: 'community', dueAt: new Date(NOW.getTime() - (Math.floor(i / 100) % 5) * 86400000 + 3600000).toISOString() }
  // The rest: mostly finished, some still being handled with deadlines weeks away.
  return i % 4 === 0
    ? { ...base, status: 'inProgress', level: 'community', dueAt: new Date(NOW.getTime() + 30 * 86400000).toISOString() }
    : { ...base, status: 'closed', closure: 'rated' }
}

export async function sweepBench(total: number): Promise<{ total: number; due: number; loadMs: number; firstMs: number; firstRows: number; repeatMs: number; repeatRows: number; sent: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-bench-'))
  const runtime = createLocalRuntime(dir)
  await seedDemo(runtime.deps.repos)
  runtime.deps.clock = { now: () => NOW }
  const insert = runtime.db.prepare(`INSERT INTO cases (${CASE_COLUMNS.join(', ')}) VALUES (${CASE_COLUMNS.map((c) => `@${c}`).join(', ')})`)
  const dueEvery = 100
  const loadStarted = Date.now()
  runtime.db.transaction(() => {
    for (let i = 0; i < total; i++) insert.run(caseToRow(caseAt(i, i % dueEvery === 0)))
  })()
  const loadMs = Date.now() - loadStarted
  const t1 = Date.now()
  const first = await runSweep(runtime.deps, { budgetMs: 10 * 60_000, batchSize: 100 })
  const firstMs = Date.now() - t1
  const t2 = Date.now()
  const repeat = await runSweep(runtime.deps, { budgetMs: 10 * 60_000, batchSize: 100 })
  const repeatMs = Date.now() - t2
  runtime.db.close()
  fs.rmSync(dir, { recursive: true, force: true })
  const sent = Object.values(first.done).reduce((a, b) => a + b, 0)
  return { total, due: Math.ceil(total / dueEvery), loadMs, firstMs, firstRows: first.rowsRead, repeatMs, repeatRows: repeat.rowsRead, sent }
}

export interface CloudSweepFigures {
  overdue: number
  latencyMs: number
  budgetMs: number
  runs: number
  casesPerRun: { min: number; mean: number; max: number }
  /** Fewest stages that read candidates in one run, of SWEEP_STAGES.length. */
  fewestStagesReached: number
  stages: number
  roundTripsPerRun: number
  /** A run once the backlog is done: the 1,000 stay overdue (chronic). */
  chronicRun: { simulatedMs: number; roundTrips: number; rowsRead: number }
}

/** 1,000 handled cases overdue (and past escalation) at once, plus one case for each later stage, on the cloud-db double. */
export async function cloudSweepBench(overdue = 1000, latencyMs = 30, budgetMs = 45_000, maxRuns = 500): Promise<CloudSweepFigures> {
  const cloud = await createCloudRuntime({ now: NOW, latencyMs })
  await insertOverdueBacklog(cloud, overdue)
  const perRun: number[] = []
  const reached: number[] = []
  let roundTrips = 0
  for (;;) {
    const fromMs = cloud.db.simulatedMs
    const fromCalls = cloud.db.calls
    const report = await runSweep(cloud.deps, { budgetMs, elapsed: () => cloud.db.simulatedMs - fromMs })
    cloud.clock.set(new Date(cloud.clock.now().getTime() + 15 * 60_000))
    perRun.push(Object.values(report.done).reduce((a, b) => a + b, 0) + report.resumed)
    reached.push(report.reached.length)
    roundTrips += cloud.db.calls - fromCalls
    if (!report.more || perRun.length >= maxRuns) break
  }
  const fromMs = cloud.db.simulatedMs
  const fromCalls = cloud.db.calls
  const chronic = await runSweep(cloud.deps, { budgetMs, elapsed: () => cloud.db.simulatedMs - fromMs })
  const working = perRun.slice(0, -1).length > 0 ? perRun.slice(0, -1) : perRun // the last run only finishes the tail
  return {
    overdue, latencyMs, budgetMs, runs: perRun.length,
    casesPerRun: { min: Math.min(...working), mean: Math.round(perRun.reduce((a, b) => a + b, 0) / perRun.length), max: Math.max(...perRun) },
    fewestStagesReached: Math.min(...reached), stages: SWEEP_STAGES.length,
    roundTripsPerRun: Math.round(roundTrips / perRun.length),
    chronicRun: { simulatedMs: cloud.db.simulatedMs - fromMs, roundTrips: cloud.db.calls - fromCalls, rowsRead: chronic.rowsRead },
  }
}

export async function main(): Promise<void> {
  for (const total of [100_000, 1_000_000]) {
    const r = await sweepBench(total)
    console.log(`sweep over ${r.total.toLocaleString('en')} cases (${r.due.toLocaleString('en')} due): first run ${r.firstMs} ms, ${r.firstRows.toLocaleString('en')} rows read, ${r.sent.toLocaleString('en')} reminders/changes; repeat run ${r.repeatMs} ms, ${r.repeatRows.toLocaleString('en')} rows read (load ${r.loadMs} ms)`)
  }
  const c = await cloudSweepBench()
  console.log(`sweep on the cloud db double (${c.latencyMs} ms a round trip, ${c.budgetMs / 1000} s a run), ${c.overdue.toLocaleString('en')} cases overdue at once: ${c.runs} runs (every 15 min) to handle them all (overdue + escalate: ${2 * c.overdue} fan-outs); cases per run min ${c.casesPerRun.min} / mean ${c.casesPerRun.mean} / max ${c.casesPerRun.max}; stages reached per run ≥ ${c.fewestStagesReached} of ${c.stages}; ${c.roundTripsPerRun} round trips per run`)
  console.log(`  then, with the ${c.overdue.toLocaleString('en')} chronically overdue: a run takes ${(c.chronicRun.simulatedMs / 1000).toFixed(1)} s simulated, ${c.chronicRun.roundTrips} round trips, ${c.chronicRun.rowsRead.toLocaleString('en')} case rows read, nothing claimed again`)
}

if (require.main === module) main().catch((e) => { console.error(e); process.exit(1) })

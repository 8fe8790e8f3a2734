// `npm run bench:load`: the local server under load at 100,000 and 1,000,000 cases (issue 12). A benchmark, not a
// timed test. For each size and mix (realistic, adversarial: see load-data.ts) it seeds a fresh data folder with
// the project's own code (the demo seed, then the cases and their timelines in one transaction through the SQLite
// adapter's row mapping, then PRAGMA optimize), starts the real local server in its own process (with the readers
// `npm start` has), and drives it from a second process (load-client.ts) with keep-alive connections. The sizes of a
// mix are measured side by side: every size's server is up, and the client drives a read action on the sizes in
// turns of about a second (--slice), so an action's two sides of the 1M/100k ratio are measured in the same seconds
// and a slow moment of the machine falls on both alike; submit's runs come last, one size after the other, each
// followed by a rest (SETTLE_MS). Prints req/s, p50 and p99 per action and the ratio of 1M to 100k, and writes
// bench/results.json.
//
// Options (or environment): --sizes 100000,1000000 (BENCH_SIZES) --mixes realistic,adversarial (BENCH_MIXES)
// --duration 20 (BENCH_DURATION, seconds an action) --warmup 3 (BENCH_WARMUP) --connections 16 (BENCH_CONNECTIONS)
// --runs 1 (BENCH_RUNS: each action measured this many times per size; the median run reported, every run's
// req/s kept) --slice 1 (BENCH_SLICE: seconds of a read action's turn on one size) --readers N (BENCH_READERS: the
// servers' reader threads; default as npm start)
// --actions whoami,get,… (BENCH_ACTIONS, default all) --out bench/results.json (BENCH_OUT).
// A quick run: npm run bench:load -- --sizes 100000 --mixes adversarial --duration 3 --warmup 1
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { closeDatabase, createSqliteRepositories, insertCasesInBulk, openDatabase, optimizeDatabase } from '../../cloudfunctions/src/adapters/sqlite'
import { seedDemo } from '../../cloudfunctions/src/local/seed'
import { loadCases, type Mix } from './load-data'
import type { ActionResult } from './median-run'

function option(name: string, env: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : process.env[env] ?? fallback
}

const sizes = option('sizes', 'BENCH_SIZES', '100000,1000000').split(',').map(Number)
const mixes = option('mixes', 'BENCH_MIXES', 'realistic,adversarial').split(',') as Mix[]
const duration = option('duration', 'BENCH_DURATION', '20')
const warmup = option('warmup', 'BENCH_WARMUP', '3')
const connections = option('connections', 'BENCH_CONNECTIONS', '16')
const repeat = option('runs', 'BENCH_RUNS', '1')
const actions = option('actions', 'BENCH_ACTIONS', '')
const readers = option('readers', 'BENCH_READERS', '')
const slice = option('slice', 'BENCH_SLICE', '1')
const out = path.resolve(option('out', 'BENCH_OUT', 'bench/results.json'))
const root = path.resolve(__dirname, '..', '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

interface Run {
  size: number
  mix: Mix
  seedSeconds: number
  databaseMB: number
  actions: Record<string, ActionResult>
}

async function seed(dataDir: string, count: number, mix: Mix): Promise<{ seconds: number; ids: string[] }> {
  const started = performance.now()
  const db = openDatabase(path.join(dataDir, 'shuoshi.db'))
  await seedDemo(createSqliteRepositories(db))
  insertCasesInBulk(db, loadCases({ count, mix, now: new Date() }))
  optimizeDatabase(db)
  closeDatabase(db)
  flushToDisk(path.join(dataDir, 'shuoshi.db'))
  const ids = Array.from({ length: 1000 }, (_, i) => `case-load-${String(Math.floor((i * count) / 1000)).padStart(7, '0')}`)
  return { seconds: (performance.now() - started) / 1000, ids }
}

/** Writes the seeded file out now, so the kernel's writeback of gigabytes is not going on while the servers are measured. */
function flushToDisk(file: string): void {
  const fd = fs.openSync(file, 'r+')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(tsx, [path.join(__dirname, 'load-server.ts'), '--data', dataDir, '--port', '0', ...(readers ? ['--readers', readers] : [])], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      if (line.startsWith('ready ')) resolve({ child, url: line.slice('ready '.length) })
    })
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)))
  })
}

/** One client process (load-client.ts) for every size of a mix: each action driven on the servers in turns, `runs` times. */
function runClient(sides: Side[], runs: number): Promise<Record<string, ActionResult>[]> {
  const args = [path.join(__dirname, 'load-client.ts'), '--url', sides.map((s) => s.server.url).join(','), '--cases', sides.map((s) => s.seeded.ids.join(',')).join(';')]
  args.push('--connections', connections, '--warmup', warmup, '--duration', duration, '--runs', String(runs), '--slice', slice, '--settle', String(SETTLE_MS))
  if (actions) args.push('--actions', actions)
  const child = spawn(tsx, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  let stdout = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(stdout.trim().split('\n').pop()!)) : reject(new Error(`the client exited with ${code}`))))
  })
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  await new Promise<void>((resolve) => {
    child.on('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

function table(runs: Run[]): string {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.actions)))]
  const lines: string[] = []
  for (const mix of mixes) {
    const ofMix = runs.filter((r) => r.mix === mix)
    lines.push(`\n${mix}: req/s, p50 / p99 ms${ofMix.length > 1 ? ', ratio of the largest size to the smallest (req/s)' : ''}`)
    lines.push(['action'.padEnd(22), ...ofMix.map((r) => `${r.size.toLocaleString('en')} cases`.padEnd(28)), ofMix.length > 1 ? 'ratio' : ''].join(''))
    for (const name of names) {
      const cells = ofMix.map((r) => {
        const a = r.actions[name]
        return (a ? `${a.rps}  ${a.p50} / ${a.p99}${a.errors ? ` (${a.errors} errors)` : ''}` : '—').padEnd(28)
      })
      const first = ofMix[0]?.actions[name]
      const last = ofMix[ofMix.length - 1]?.actions[name]
      const ratio = ofMix.length > 1 && first && last && first.rps > 0 ? (last.rps / first.rps).toFixed(2) : ''
      lines.push([name.padEnd(22), ...cells, ratio].join(''))
    }
  }
  return lines.join('\n')
}

/** The rest after each submit run: the server copies its log back into the database in the background meanwhile. */
const SETTLE_MS = 5000

interface Side {
  size: number
  dataDir: string
  seeded: { seconds: number; ids: string[] }
  databaseMB: number
  server: { child: ChildProcess; url: string }
}

/** Every size of one mix, side by side: seeded, served, then measured by one client, action by action (see the top). */
async function measureMix(mix: Mix): Promise<Run[]> {
  const sides: Side[] = []
  try {
    for (const size of sizes) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `shuoshi-load-${size}-${mix}-`))
      process.stderr.write(`${mix}, ${size.toLocaleString('en')} cases: seeding… `)
      const seeded = await seed(dataDir, size, mix)
      const databaseMB = Math.round(fs.statSync(path.join(dataDir, 'shuoshi.db')).size / 1e6)
      process.stderr.write(`${seeded.seconds.toFixed(1)} s, ${databaseMB} MB\n`)
      sides.push({ size, dataDir, seeded, databaseMB, server: await startServer(dataDir) })
    }
    const measured = await runClient(sides, Math.max(1, Number(repeat)))
    return sides.map((side, i) => ({
      size: side.size,
      mix,
      seedSeconds: Math.round(side.seeded.seconds * 10) / 10,
      databaseMB: side.databaseMB,
      actions: measured[i],
    }))
  } finally {
    for (const side of sides) {
      await stop(side.server.child)
      fs.rmSync(side.dataDir, { recursive: true, force: true })
    }
  }
}

async function main(): Promise<void> {
  const runs: Run[] = []
  for (const mix of mixes) runs.push(...(await measureMix(mix)))
  const ratios: Record<string, Record<string, number>> = {}
  for (const mix of mixes) {
    const ofMix = runs.filter((r) => r.mix === mix).sort((a, b) => a.size - b.size)
    if (ofMix.length < 2) continue
    const [small, large] = [ofMix[0], ofMix[ofMix.length - 1]]
    ratios[`${mix} ${large.size}/${small.size}`] = Object.fromEntries(
      Object.keys(small.actions).filter((n) => large.actions[n] && small.actions[n].rps > 0).map((n) => [n, Math.round((large.actions[n].rps / small.actions[n].rps) * 100) / 100]),
    )
  }
  console.log(table(runs))
  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), machine, config: { sizes, mixes, duration: Number(duration), warmup: Number(warmup), connections: Number(connections), runs: Number(repeat) }, runs, ratios }, null, 2)}\n`)
  console.log(`\nwritten: ${path.relative(process.cwd(), out)}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

// The client process of `npm run bench:load`: drives one or more servers (load-target.ts), one action at a time, with
// `connections` keep-alive connections (each a loop: request, wait for the answer, next): a warm-up (not counted),
// then `duration` seconds, `runs` times. With several servers (the sizes of a mix, load.ts), each action is driven on
// every server in turn before the next action, the order turned round every run, so an action's runs on the two sides
// of the 1M/100k ratio lie seconds apart and a slow minute of the shared machine falls on both alike. Prints one JSON
// line: per server, per action the run with the median req/s (its p50, p99, errors and mean answer size in bytes) and
// every run's req/s. Each connection is a minimal HTTP/1.1 client (http-connection.ts), so the client takes as little
// as it can of the cores it shares with the servers.
//
// Options: --url a[,b…] --cases ids of a[;ids of b…] (comma-separated) --connections 16 --warmup 3 --duration 20
// --runs 1 --actions whoami,get,… --group reads|writes|all --settle 0 (ms of rest after each submit run, load.ts)
// --community community-hangkonglu
import { HttpConnection } from './http-connection'
import { LoadTarget, type LoadRequest } from './load-target'
import { medianRun, type ActionResult } from './median-run'

export type { ActionResult }

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : fallback
}

const urls = option('url', 'http://127.0.0.1:10086').split(',')
const caseLists = option('cases', '').split(';')
const connections = Number(option('connections', '16'))
const warmup = Number(option('warmup', '3'))
const duration = Number(option('duration', '20'))
const community = option('community', 'community-hangkonglu')
const only = option('actions', '').split(',').filter(Boolean)
const runs = Math.max(1, Number(option('runs', '1')))
const group = option('group', 'all')
const settleMs = Number(option('settle', '0'))

async function drive(target: LoadTarget, request: LoadRequest, seconds: number, record: boolean): Promise<ActionResult> {
  const latencies: number[] = []
  let errors = 0
  let bytes = 0
  let firstError: string | undefined
  const cookie = await target.signIn(request.persona)
  const end = performance.now() + seconds * 1000
  const started = performance.now()
  const loop = async () => {
    const connection = new HttpConnection(target.host, target.port)
    while (performance.now() < end) {
      const t0 = performance.now()
      try {
        const res = await connection.post(`/api/functions/${request.fn}`, request.body(), cookie)
        const t1 = performance.now()
        const okAnswer = res.status === 200 && res.text.startsWith('{"ok":true')
        if (!okAnswer) {
          errors += 1
          firstError ??= `${res.status} ${res.text.slice(0, 200)}`
        }
        if (record) {
          latencies.push(t1 - t0)
          bytes += res.text.length === 0 ? 0 : Buffer.byteLength(res.text)
        }
      } catch (error) {
        errors += 1
        firstError ??= String(error)
      }
    }
    connection.close()
  }
  await Promise.all(Array.from({ length: connections }, loop))
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q: number) => (latencies.length === 0 ? 0 : latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))])
  const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits
  return {
    requests: latencies.length,
    errors,
    rps: round(latencies.length / elapsed, 0),
    p50: round(at(0.5), 2),
    p99: round(at(0.99), 2),
    meanBytes: latencies.length === 0 ? 0 : Math.round(bytes / latencies.length),
    ...(firstError ? { firstError } : {}),
  }
}

/**
 * The actions are measured in runs: each run drives every action of the group once (on every server in turn), so a
 * slow minute falls on one run of several actions rather than on every run of one action, and the median run filters
 * it out. Submit comes after every read (its new cases would change what the lists read).
 */
async function main(): Promise<void> {
  const targets = urls.map((url, i) => new LoadTarget({ url, caseIds: (caseLists[i] ?? '').split(',').filter(Boolean), community }))
  const requests = await Promise.all(targets.map((target) => target.requests()))
  const names = Object.keys(requests[0]).filter((name) => only.length === 0 || only.includes(name))
  const reads = names.filter((name) => name !== 'submit')
  const writes = names.filter((name) => name === 'submit')
  const groups = (group === 'reads' ? [reads] : group === 'writes' ? [writes] : [reads, writes]).filter((g) => g.length > 0)
  const measured = targets.map(() => Object.fromEntries(names.map((name) => [name, [] as ActionResult[]])))
  for (const driven of groups) {
    for (let run = 0; run < runs; run += 1) {
      process.stderr.write(`${driven === writes ? 'submit' : 'reads'}: run ${run + 1} of ${runs}\n`)
      for (const name of driven) {
        const order = targets.map((_, i) => i)
        for (const i of run % 2 === 0 ? order : order.reverse()) {
          // A full warm-up before an action's first run; a short one before its later runs (other actions ran between).
          if (warmup > 0) await drive(targets[i], requests[i][name], run === 0 ? warmup : Math.min(warmup, 1), false)
          measured[i][name].push(await drive(targets[i], requests[i][name], duration, true))
          // A server copies the log of the submits it just stored back into its database in the background: let it
          // finish, so that work is not counted against the next server's run.
          if (name === 'submit' && settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs))
        }
      }
    }
  }
  const results = measured.map((byName) => Object.fromEntries(groups.flat().map((name) => [name, medianRun(byName[name])])))
  results.forEach((byName, i) => {
    if (targets.length > 1) process.stderr.write(`  ${urls[i]}\n`)
    for (const [name, r] of Object.entries(byName)) {
      process.stderr.write(`  ${name.padEnd(22)} ${String(r.rps).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms${r.errors ? `  errors ${r.errors}` : ''}${r.runs ? `  runs ${r.runs.join(' / ')}` : ''}\n`)
    }
  })
  console.log(JSON.stringify(results))
  for (const target of targets) target.close()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

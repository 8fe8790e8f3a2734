// The client process of `npm run bench:load`: signs the demo personas in, then drives one action at a time with
// `connections` keep-alive connections (each a loop: request, wait for the answer, next), first for `warmup`
// seconds (not counted), then `runs` times for `duration` seconds. Prints one JSON line: per action the run with
// the median req/s (its p50, p99, errors and mean answer size in bytes), and every run's req/s. Several runs show
// how much a figure moves on a shared machine. Each connection is a minimal HTTP/1.1 client (http-connection.ts), so
// the client takes as little as it can of the cores it shares with the server.
import { HttpConnection } from './http-connection'
import { medianRun, type ActionResult } from './median-run'

export type { ActionResult }

interface Request {
  fn: string
  body: () => string
  persona: string
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : fallback
}

const base = new URL(option('url', 'http://127.0.0.1:10086'))
const connections = Number(option('connections', '16'))
const warmup = Number(option('warmup', '3'))
const duration = Number(option('duration', '20'))
const community = option('community', 'community-hangkonglu')
const caseIds = option('cases', '').split(',').filter(Boolean)
const only = option('actions', '').split(',').filter(Boolean)
const runs = Math.max(1, Number(option('runs', '1')))
/** Sign-in and the walk to page 51 go over one connection; each loop of `drive` has its own. */
const setup = new HttpConnection(base.hostname, Number(base.port))

const cookies = new Map<string, string>()
async function signIn(personaId: string): Promise<string> {
  const known = cookies.get(personaId)
  if (known) return known
  const res = await setup.post('/api/dev/sign-in', JSON.stringify({ personaId }))
  const set = res.headers['set-cookie']
  if (res.status !== 200 || !set) throw new Error(`sign-in of ${personaId} failed: ${res.status} ${res.text}`)
  const cookie = set.split(';')[0]
  cookies.set(personaId, cookie)
  return cookie
}

async function call(persona: string, fn: string, body: string): Promise<{ status: number; text: string }> {
  return setup.post(`/api/functions/${fn}`, body, await signIn(persona))
}

/** Page 51 of a list: walks 50 pages once, before the clock starts. */
async function deepCursor(persona: string, group: string, pages: number): Promise<string | undefined> {
  let cursor: string | undefined
  for (let i = 0; i < pages; i += 1) {
    const res = JSON.parse((await call(persona, 'cases', JSON.stringify({ action: 'listQueue', payload: { group, limit: 20, cursor } }))).text)
    if (!res.ok) throw new Error(`listQueue page ${i + 1}: ${res.message}`)
    cursor = res.data.nextCursor
    if (!cursor) return undefined
  }
  return cursor
}

let counter = 0
const json = (action: string, payload: unknown) => () => JSON.stringify({ action, payload })

async function actions(): Promise<Record<string, Request>> {
  const deep = await deepCursor('persona-staff', 'open', 50)
  const list: Record<string, Request> = {
    whoami: { persona: 'persona-staff', fn: 'identity', body: json('whoami', {}) },
    get: { persona: 'persona-staff', fn: 'cases', body: () => JSON.stringify({ action: 'get', payload: { caseId: caseIds[counter++ % caseIds.length] } }) },
    'listQueue staff p1': { persona: 'persona-staff', fn: 'cases', body: json('listQueue', { group: 'open', limit: 20 }) },
    'listQueue handler p1': { persona: 'persona-handler', fn: 'cases', body: json('listQueue', { group: 'open', limit: 20 }) },
    'listQueue grid p1': { persona: 'persona-grid', fn: 'cases', body: json('listQueue', { group: 'open', limit: 20 }) },
    'listQueue staff p51': { persona: 'persona-staff', fn: 'cases', body: json('listQueue', { group: 'open', limit: 20, cursor: deep }) },
    listMine: { persona: 'persona-resident', fn: 'cases', body: json('listMine', { limit: 20 }) },
    listBoard: { persona: 'persona-resident', fn: 'cases', body: json('listBoard', { communityId: community, limit: 20 }) },
    listAgenda: { persona: 'persona-staff', fn: 'meetings', body: json('listAgenda', { limit: 20 }) },
    submit: {
      persona: 'persona-resident',
      fn: 'cases',
      body: () => JSON.stringify({ action: 'submit', payload: { communityId: community, channel: 'self', text: '航空路小区1栋楼道的灯坏了，晚上看不见路', idempotencyKey: `bench-${process.pid}-${Date.now()}-${counter++}` } }),
    },
  }
  if (only.length === 0) return list
  return Object.fromEntries(Object.entries(list).filter(([name]) => only.includes(name)))
}

async function drive(request: Request, seconds: number, record: boolean): Promise<ActionResult> {
  const latencies: number[] = []
  let errors = 0
  let bytes = 0
  let firstError: string | undefined
  const cookie = await signIn(request.persona)
  const end = performance.now() + seconds * 1000
  const started = performance.now()
  const loop = async () => {
    const connection = new HttpConnection(base.hostname, Number(base.port))
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
 * The actions are measured in rounds: each round drives every read action once, so a slow minute of the shared machine
 * falls on one run of several actions rather than on every run of one action, and the median run filters it out.
 * Submit comes after every read (its new cases would change what the lists read), its runs one after another.
 * `--group reads` or `--group writes` drives only that group (load.ts alternates the sizes round by round).
 */
async function main(): Promise<void> {
  const all = Object.entries(await actions())
  const reads = all.filter(([name]) => name !== 'submit')
  const writes = all.filter(([name]) => name === 'submit')
  const group = option('group', 'all')
  const groups = group === 'reads' ? [reads] : group === 'writes' ? [writes] : [reads, writes]
  const measured: Record<string, ActionResult[]> = Object.fromEntries(all.map(([name]) => [name, []]))
  const results: Record<string, ActionResult> = {}
  for (const driven of groups) {
    for (let run = 0; run < runs; run += 1) {
      for (const [name, request] of driven) {
        // A full warm-up before an action's first run; a short one before its later runs (other actions ran between).
        if (warmup > 0) await drive(request, run === 0 ? warmup : Math.min(warmup, 1), false)
        measured[name].push(await drive(request, duration, true))
      }
    }
    for (const [name] of driven) {
      results[name] = medianRun(measured[name])
      process.stderr.write(`  ${name.padEnd(22)} ${String(results[name].rps).padStart(7)} req/s  p50 ${results[name].p50} ms  p99 ${results[name].p99} ms${results[name].errors ? `  errors ${results[name].errors}` : ''}${results[name].runs ? `  runs ${results[name].runs!.join(' / ')}` : ''}\n`)
    }
  }
  console.log(JSON.stringify(Object.fromEntries(groups.flat().map(([name]) => [name, results[name]]))))
  setup.close()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

// One action driven on one server by the load client (load-client.ts): `connections` keep-alive connections, each a
// loop (request, wait for the answer, next), kept open from one slice of driving to the next. What a slice answers is
// added to a tally; a run's figures (req/s, p50, p99, bytes) come from the tally of all its slices.
import { HttpConnection } from './http-connection'
import type { LoadRequest, LoadTarget } from './load-target'
import type { ActionResult } from './median-run'

/** What the slices of one run answered: every latency, the errors, the bytes and the seconds driven. */
export interface Tally {
  latencies: number[]
  errors: number
  bytes: number
  seconds: number
  firstError?: string
}

export function emptyTally(): Tally {
  return { latencies: [], errors: 0, bytes: 0, seconds: 0 }
}

export class ActionDriver {
  private readonly connections: HttpConnection[]

  constructor(private readonly target: LoadTarget, private readonly request: LoadRequest, connections: number) {
    this.connections = Array.from({ length: connections }, () => new HttpConnection(target.host, target.port))
  }

  /** Drives the action for `seconds`; what it answers goes into `tally` (none: a warm-up, not counted). */
  async drive(seconds: number, tally?: Tally): Promise<void> {
    const cookie = await this.target.signIn(this.request.persona)
    const started = performance.now()
    const end = started + seconds * 1000
    const loop = async (connection: HttpConnection) => {
      while (performance.now() < end) {
        const t0 = performance.now()
        try {
          const res = await connection.post(`/api/functions/${this.request.fn}`, this.request.body(), cookie)
          const t1 = performance.now()
          if (!tally) continue
          if (res.status !== 200 || !res.text.startsWith('{"ok":true')) {
            tally.errors += 1
            tally.firstError ??= `${res.status} ${res.text.slice(0, 200)}`
          }
          tally.latencies.push(t1 - t0)
          tally.bytes += res.text.length === 0 ? 0 : Buffer.byteLength(res.text)
        } catch (error) {
          if (!tally) continue
          tally.errors += 1
          tally.firstError ??= String(error)
        }
      }
    }
    await Promise.all(this.connections.map(loop))
    if (tally) tally.seconds += (performance.now() - started) / 1000
  }

  close(): void {
    for (const connection of this.connections) connection.close()
  }
}

/** A run's figures from its tally. */
export function summarize(tally: Tally): ActionResult {
  const latencies = [...tally.latencies].sort((a, b) => a - b)
  const at = (q: number) => (latencies.length === 0 ? 0 : latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))])
  const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits
  return {
    requests: latencies.length,
    errors: tally.errors,
    rps: tally.seconds === 0 ? 0 : round(latencies.length / tally.seconds, 0),
    p50: round(at(0.5), 2),
    p99: round(at(0.99), 2),
    meanBytes: latencies.length === 0 ? 0 : Math.round(tally.bytes / latencies.length),
    ...(tally.firstError ? { firstError: tally.firstError } : {}),
  }
}

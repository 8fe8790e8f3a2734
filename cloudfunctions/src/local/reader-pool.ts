// The local server's readers: worker threads (reader-worker.ts), each with its own read-only connection to the
// SQLite file, that answer the read actions (read-actions.ts) while the server thread keeps HTTP, sessions, writes and
// timers. SQLite's WAL lets them read while the server commits; each read sees every commit made before it was sent.
// A call goes to the reader with the fewest calls in flight. A reader that fails or dies hands its calls back
// (undefined): the server answers them itself, and a new reader takes the dead one's place. Nothing is lost.
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { FunctionName } from '../../../src/core/contracts/functions'

export interface ReadCall {
  id: number
  name: FunctionName
  request: unknown
  openid?: string
  /** The server's dev-clock offset (dev-clock.ts), so a reader's time is the server's. */
  offsetMs: number
}

/** A reader's answer: its JSON already encoded as UTF-8, in a buffer of its own that the reader hands over (no copy). */
export type ReadAnswer = { id: number; status: number; body: Uint8Array } | { id: number; failed: true }

/** A reader's answer as JSON bytes with its HTTP status; undefined: the server answers the call itself. */
type Answered = { status: number; body: Buffer } | undefined

export interface ReaderPool {
  readonly size: number
  /** How many calls the readers have answered (the rest of the read calls the server answered itself). */
  readonly answered: number
  call(name: FunctionName, request: unknown, openid: string | undefined): Promise<Answered>
  close(): Promise<void>
}

interface Reader {
  worker: Worker
  pending: Map<number, (answer: Answered) => void>
}

/** Readers for this machine: one per core, at most four (the server thread mostly waits on the network; a reader on SQLite). */
export function defaultReaderCount(): number {
  return Math.max(1, Math.min(4, os.cpus().length))
}

const WORKER_FILE = path.join(__dirname, 'reader-worker.ts')

/** A reader loads its TypeScript through tsx's require hook, registered first in the new thread. */
function newReaderThread(dataDir: string, workerFile: string): Worker {
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(workerFile)})`
  return new Worker(bootstrap, { eval: true, workerData: { dataDir }, execArgv: [] })
}

export interface ReaderPoolOptions {
  dataDir: string
  count: number
  offsetMs: () => number
  /** The reader's script: reader-worker.ts (tests give one that fails or dies on purpose). */
  workerFile?: string
}

export async function startReaderPool(options: ReaderPoolOptions): Promise<ReaderPool> {
  const readers: Reader[] = []
  let nextId = 0
  let answered = 0
  let closing = false

  function spawnReader(): Promise<Reader> {
    const worker = newReaderThread(options.dataDir, options.workerFile ?? WORKER_FILE)
    const reader: Reader = { worker, pending: new Map() }
    const handBack = () => {
      for (const settle of reader.pending.values()) settle(undefined)
      reader.pending.clear()
    }
    return new Promise((resolve, reject) => {
      let ready = false
      worker.on('message', (message: ReadAnswer | { ready: true }) => {
        if ('ready' in message) {
          ready = true
          return resolve(reader)
        }
        const settle = reader.pending.get(message.id)
        reader.pending.delete(message.id)
        if ('failed' in message) return settle?.(undefined)
        answered += 1
        settle?.({ status: message.status, body: Buffer.from(message.body.buffer, message.body.byteOffset, message.body.byteLength) })
      })
      worker.on('error', (error) => {
        if (!ready) return reject(error)
        console.error('[shuoshi] a reader stopped:', error)
      })
      worker.on('exit', () => {
        handBack()
        const index = readers.indexOf(reader)
        if (index >= 0) readers.splice(index, 1)
        if (!ready) return reject(new Error('a reader exited before it was ready'))
        if (!closing) spawnReader().then((fresh) => (closing ? void fresh.worker.terminate() : readers.push(fresh)), (error) => console.error('[shuoshi] a reader could not restart:', error))
      })
    })
  }

  readers.push(...(await Promise.all(Array.from({ length: options.count }, spawnReader))))

  return {
    get size() {
      return readers.length
    },
    get answered() {
      return answered
    },
    call(name, request, openid) {
      if (readers.length === 0) return Promise.resolve(undefined)
      const reader = readers.reduce((least, r) => (r.pending.size < least.pending.size ? r : least))
      const id = (nextId += 1)
      return new Promise((resolve) => {
        reader.pending.set(id, resolve)
        const call: ReadCall = { id, name, request, openid, offsetMs: options.offsetMs() }
        reader.worker.postMessage(call)
      })
    },
    async close() {
      closing = true
      await Promise.all(readers.splice(0).map((r) => r.worker.terminate()))
    },
  }
}

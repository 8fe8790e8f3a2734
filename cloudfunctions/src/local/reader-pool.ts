// The local server's readers: worker threads (reader-worker.ts), each with its own read-only connection to the
// SQLite file, that answer the read actions (read-actions.ts) while the server thread keeps HTTP, sessions, writes and
// timers. SQLite's WAL lets them read while the server commits; each read sees every commit made before it was sent.
// The readers also classify a submitted report's text (reader-classifier.ts), the largest part of a submit's work on
// the server thread. A call goes to the reader with the fewest calls in flight. A reader that fails or dies hands its
// calls back (undefined): the server answers them itself, and a new reader takes the dead one's place. Nothing is lost.
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { FunctionName } from '../../../src/core/contracts/functions'
import type { Classification } from '../../../src/core/ports/classifier'

export interface ReadCall {
  id: number
  name: FunctionName
  request: unknown
  openid?: string
  /** The server's dev-clock offset (dev-clock.ts), so a reader's time is the server's. */
  offsetMs: number
}

/** A report's text for a reader to classify. */
export interface ClassifyCall {
  id: number
  classify: string
}

/**
 * A reader's answer: a read's JSON already encoded as UTF-8, in a buffer of its own that the reader hands over (no
 * copy), or a text's classification.
 */
export type ReadAnswer = { id: number; status: number; body: Uint8Array } | { id: number; classification: Classification } | { id: number; failed: true }

/** A reader's answer as JSON bytes with its HTTP status; undefined: the server answers the call itself. */
type Answered = { status: number; body: Buffer } | undefined

export interface ReaderPool {
  readonly size: number
  /** How many calls the readers have answered (the rest of the read calls the server answered itself). */
  readonly answered: number
  call(name: FunctionName, request: unknown, openid: string | undefined): Promise<Answered>
  /** The text's classification from a reader; undefined: the server classifies it itself. */
  classify(text: string): Promise<Classification | undefined>
  close(): Promise<void>
}

interface Reader {
  worker: Worker
  /** Calls in flight, settled with the reader's answer, or undefined when it failed or died. */
  pending: Map<number, (answer: ReadAnswer | undefined) => void>
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
        settle?.('failed' in message ? undefined : message)
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

  /** Sends a call to the reader with the fewest in flight; undefined when there is none, or it failed or died. */
  function send(message: (id: number) => ReadCall | ClassifyCall): Promise<ReadAnswer | undefined> {
    if (readers.length === 0) return Promise.resolve(undefined)
    const reader = readers.reduce((least, r) => (r.pending.size < least.pending.size ? r : least))
    const id = (nextId += 1)
    return new Promise((resolve) => {
      reader.pending.set(id, resolve)
      reader.worker.postMessage(message(id))
    })
  }

  return {
    get size() {
      return readers.length
    },
    get answered() {
      return answered
    },
    async call(name, request, openid) {
      const answer = await send((id) => ({ id, name, request, openid, offsetMs: options.offsetMs() }))
      if (!answer || !('body' in answer)) return undefined
      answered += 1
      return { status: answer.status, body: Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength) }
    },
    async classify(text) {
      const answer = await send((id) => ({ id, classify: text }))
      return answer && 'classification' in answer ? answer.classification : undefined
    },
    async close() {
      closing = true
      await Promise.all(readers.splice(0).map((r) => r.worker.terminate()))
    },
  }
}

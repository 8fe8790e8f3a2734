// WAL checkpoints off the request path (issue 12). By default SQLite copies the write-ahead log back into the
// database file, and waits for the disk (fsync), inside whichever commit crosses 1,000 log pages: with a submit
// writing about 33 pages (the case, its event and their indexes), every 30th submit waited 30–40 ms for the disk.
// The local server instead lets a worker thread, with a connection of its own, checkpoint every half second (PASSIVE:
// it never blocks a reader or the writer). The log can only start again from its beginning at a commit that finds it
// fully copied, so under a steady stream of submits the server's own connection still checkpoints, but only every
// BACKSTOP_CHECKPOINT_PAGES pages. Measured over HTTP at 100,000 cases (16 connections, the client on the same 2
// cores): SQLite's default 646–759 submits/s; this 834–903/s. Checkpointing every 100 ms with a 10,000-page backstop
// stalled less in process (p99 41 ms against 54–62) but gave only 519–545/s over HTTP: the worker copies the hot
// pages five times as often, on the cores the server and the client need.
import { Worker } from 'node:worker_threads'
import type { Database } from './database'

/** Log pages (4 KB each) after which the server's own connection checkpoints anyway. */
export const BACKSTOP_CHECKPOINT_PAGES = 50_000

export interface BackgroundCheckpoint {
  stop(): Promise<void>
}

// Plain JavaScript evaluated in the worker (no TypeScript loader there): the driver is handed over by path.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
db.pragma('busy_timeout = 1000')
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)')
    parentPort.postMessage({ checkpointed: result.checkpointed, log: result.log })
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) })
  }
}
const timer = setInterval(checkpoint, workerData.everyMs)
parentPort.on('message', (message) => {
  if (message === 'stop') {
    clearInterval(timer)
    db.close()
    parentPort.close()
  }
})
`

export interface CheckpointReport {
  checkpointed?: number
  log?: number
  error?: string
}

/** Starts checkpointing `db`'s file from a worker thread; a no-op for an in-memory database. */
export function startBackgroundCheckpoint(db: Database, options: { everyMs?: number; onReport?: (report: CheckpointReport) => void } = {}): BackgroundCheckpoint {
  if (db.memory || db.name === '' || db.name === ':memory:') return { stop: async () => undefined }
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`)
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), file: db.name, everyMs: options.everyMs ?? 500 } })
  worker.on('message', (report: CheckpointReport) => {
    if (report.error) console.error('[shuoshi] background checkpoint failed:', report.error)
    options.onReport?.(report)
  })
  worker.on('error', (error) => console.error('[shuoshi] background checkpoint stopped:', error))
  // Never what keeps the process alive (after the listeners: adding one takes a reference again).
  worker.unref()
  let stopped: Promise<void> | undefined
  return {
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        // The worker closes its connection and ends; one that does not within two seconds is ended for it.
        const force = setTimeout(() => void worker.terminate(), 2000)
        worker.once('exit', () => {
          clearTimeout(force)
          resolve()
        })
        worker.postMessage('stop')
      })
      return stopped
    },
  }
}

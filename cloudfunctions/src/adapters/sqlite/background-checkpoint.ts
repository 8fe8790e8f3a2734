// WAL checkpoints off the request path (issue 12). By default SQLite copies the write-ahead log back into the
// database file, and waits for the disk (fsync), inside whichever commit crosses 1,000 log pages: with a submit
// writing about 33 pages (the case, its event and their indexes), every 30th submit waited 30–40 ms for the disk.
// The local server instead lets a worker thread, with a connection of its own, checkpoint every half second (PASSIVE:
// it never blocks a reader or the writer). The log can only start again from its beginning at a commit that finds it
// fully copied, which happens at the first quiet moment. Under a steady stream of submits with no quiet moment, the
// server's own connection checkpoints anyway once the log holds BACKSTOP_CHECKPOINT_PAGES pages, and that commit waits
// for the disk: 55–105 ms here, however little is left to copy (the database file's fsync), and a RESTART checkpoint
// from the worker blocks the writer just as long. So the backstop is rare: 200,000 pages (800 MB of log, about 6,000
// submits in a row), and once the log starts again its file is cut back to WAL_SIZE_LIMIT_BYTES.
// Measured in process at 100,000 cases, 16 submits at a time: a 50,000-page backstop stalled a commit 3–4 times in
// 4,000 submits (p99 62–93 ms); 200,000 pages none (p99 25 ms). Over HTTP: SQLite's default 646–759 submits/s; the
// worker 834–959/s. Checkpointing every 100 ms gave only 519–545/s over HTTP: the worker copies the hot pages five
// times as often, on the cores the server and the client need.
import { Worker } from 'node:worker_threads'
import type { Database } from './database'

/** Log pages (4 KB each) after which the server's own connection checkpoints anyway. */
export const BACKSTOP_CHECKPOINT_PAGES = 200_000
/** The log file is cut back to this size when it starts again from its beginning. */
export const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024

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
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`)
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

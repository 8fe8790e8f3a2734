// One reader of the local server (reader-pool.ts), in its own thread: the same dispatcher and ports as the server,
// over a read-only connection to the same SQLite file, so reads run on another core while the server thread parses
// requests, writes and answers. Each call brings the server's dev-clock offset; a change to the database made by any
// connection (PRAGMA data_version) reloads the working-day calendar before the next read, as the server does at once.
// A reader also classifies a submitted report's text for the server (reader-classifier.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { dispatch } from '../runtime/dispatcher'
import { FUNCTION_ACTIONS } from '../runtime/registry'
import { httpStatusOf } from '../../../src/core/contracts/errors'
import { refreshCalendar } from '../../../src/core/application/settings/calendar-years'
import { loadClassifier } from '../classifier'
import { createLocalRuntime } from './local-deps'
import type { ClassifyCall, ReadCall, ReadAnswer } from './reader-pool'

const port = parentPort
if (!port) throw new Error('reader-worker.ts runs as a worker thread of the local server')
const runtime = createLocalRuntime((workerData as { dataDir: string }).dataDir, { readOnly: true })
const dataVersion = () => runtime.db.pragma('data_version', { simple: true }) as number
let seenVersion = dataVersion()
const encoder = new TextEncoder()
const classifier = loadClassifier()

port.on('message', async (call: ReadCall | ClassifyCall) => {
  if ('classify' in call) return port.postMessage(classify(call))
  runtime.clock.setOffset(call.offsetMs)
  const version = dataVersion()
  const changed = version !== seenVersion
  seenVersion = version
  let answer: ReadAnswer
  try {
    if (changed) await refreshCalendar(runtime.deps, true)
    const response = await dispatch(FUNCTION_ACTIONS[call.name], call.request, { deps: runtime.deps, openid: call.openid })
    // Encoded here, in a buffer of its own (not Buffer's shared pool), and handed over rather than copied: the server
    // thread writes the bytes as they are.
    answer = { id: call.id, status: response.ok ? 200 : httpStatusOf(response.code), body: encoder.encode(JSON.stringify(response)) }
  } catch (error) {
    console.error('[shuoshi] reader failed:', error)
    answer = { id: call.id, failed: true }
  }
  port.postMessage(answer, 'body' in answer ? [answer.body.buffer as ArrayBuffer] : [])
})

/** A submitted report's text, classified here rather than on the server thread (reader-classifier.ts). */
function classify(call: ClassifyCall): ReadAnswer {
  try {
    return { id: call.id, classification: classifier.classify(call.classify) }
  } catch (error) {
    console.error('[shuoshi] reader failed to classify:', error)
    return { id: call.id, failed: true }
  }
}

port.postMessage({ ready: true })

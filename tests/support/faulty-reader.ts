// A reader thread for tests of reader-pool.ts that misbehaves on request: the call's action says what it does.
// echo: answers 200 with its thread id · slow: the same, 300 ms later · fail: answers that it failed · die: exits.
// A text to classify says the same (echo answers a classification whose unit names its thread).
// A data folder named "never-ready" makes it exit before it says it is ready.
import { parentPort, threadId, workerData } from 'node:worker_threads'
import type { ClassifyCall, ReadAnswer, ReadCall } from '../../cloudfunctions/src/local/reader-pool'

const port = parentPort!
if ((workerData as { dataDir: string }).dataDir === 'never-ready') process.exit(3)

const answer = (call: ReadCall): ReadAnswer => ({ id: call.id, status: 200, body: new TextEncoder().encode(JSON.stringify({ ok: true, data: { threadId } })) })

const classified = (call: ClassifyCall): ReadAnswer => ({ id: call.id, classification: { category: 'other', urgent: false, urgentReasons: [], unit: `thread ${threadId}`, confidence: 1, top3: [] } })

port.on('message', (call: ReadCall | ClassifyCall) => {
  const action = 'classify' in call ? call.classify : (call.request as { action: string }).action
  if (action === 'fail') port.postMessage({ id: call.id, failed: true } satisfies ReadAnswer)
  else if (action === 'die') process.exit(1)
  else if ('classify' in call) port.postMessage(classified(call))
  else if (action === 'echo') port.postMessage(answer(call))
  else if (action === 'slow') setTimeout(() => port.postMessage(answer(call)), 300)
})
port.postMessage({ ready: true })

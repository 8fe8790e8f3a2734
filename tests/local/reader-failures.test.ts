// What the reader pool does when a reader fails or dies (reader-pool.ts): the call is handed back (undefined), so the
// server thread answers it itself; every call in flight on a dead reader is handed back, none is lost or left waiting;
// a new reader takes the dead one's place. Real worker threads, running tests/support/faulty-reader.ts.
import path from 'node:path'
import { startReaderPool, type ReaderPool } from '../../cloudfunctions/src/local/reader-pool'
import { classifierOnReaders } from '../../cloudfunctions/src/local/reader-classifier'
import type { Classification } from '../../src/core/ports/classifier'

const workerFile = path.join(__dirname, '..', 'support', 'faulty-reader.ts')
const call = (pool: ReaderPool, action: string) => pool.call('cases', { action, payload: {} }, 'openid-test')
const threadOf = (answer: { body: Buffer } | undefined) => (JSON.parse(answer!.body.toString('utf8')) as { data: { threadId: number } }).data.threadId

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('reader pool: a reader that fails or dies', () => {
  let pool: ReaderPool
  afterEach(async () => pool?.close())

  it('answers through a working reader and counts it', async () => {
    pool = await startReaderPool({ dataDir: 'unused', count: 1, offsetMs: () => 0, workerFile })
    const answer = await call(pool, 'echo')
    expect(answer?.status).toBe(200)
    expect(threadOf(answer)).toBeGreaterThan(0)
    expect(pool.answered).toBe(1)
  })

  it('hands back a call the reader failed, and the same reader answers the next one', async () => {
    pool = await startReaderPool({ dataDir: 'unused', count: 1, offsetMs: () => 0, workerFile })
    const first = threadOf(await call(pool, 'echo'))
    await expect(call(pool, 'fail')).resolves.toBeUndefined()
    expect(pool.answered).toBe(1)
    expect(threadOf(await call(pool, 'echo'))).toBe(first)
    expect(pool.size).toBe(1)
  })

  it('hands back every call in flight on a reader that dies, then a new reader answers', async () => {
    pool = await startReaderPool({ dataDir: 'unused', count: 1, offsetMs: () => 0, workerFile })
    const first = threadOf(await call(pool, 'echo'))
    const inFlight = [call(pool, 'slow'), call(pool, 'slow'), call(pool, 'die')]
    await expect(Promise.all(inFlight)).resolves.toEqual([undefined, undefined, undefined])
    await until(() => pool.size === 1)
    const next = await call(pool, 'echo')
    expect(next?.status).toBe(200)
    expect(threadOf(next)).not.toBe(first)
    expect(pool.answered).toBe(2)
  })

  it('when one of two readers dies, the other answers every next call, and the dead one\'s place is taken again', async () => {
    pool = await startReaderPool({ dataDir: 'unused', count: 2, offsetMs: () => 0, workerFile })
    await expect(call(pool, 'die')).resolves.toBeUndefined()
    // The dead reader left the pool before its call was handed back, so no call goes to it.
    const answers = await Promise.all(Array.from({ length: 6 }, () => call(pool, 'echo')))
    expect(answers.every((a) => a?.status === 200)).toBe(true)
    await until(() => pool.size === 2)
  })

  it('classifies a text on a reader; one it failed or died on, the server thread classifies itself', async () => {
    pool = await startReaderPool({ dataDir: 'unused', count: 1, offsetMs: () => 0, workerFile })
    const onServerThread = { classify: (text: string): Classification => ({ category: 'other', urgent: false, urgentReasons: [], unit: `server ${text}`, confidence: 1, top3: [] }) }
    const classifier = classifierOnReaders(pool, onServerThread)
    expect((await classifier.classify('echo')).unit).toMatch(/^thread \d+$/)
    expect((await classifier.classify('fail')).unit).toBe('server fail')
    await expect(Promise.all([classifier.classify('die'), pool.classify('echo')])).resolves.toEqual([expect.objectContaining({ unit: 'server die' }), undefined])
    await until(() => pool.size === 1)
    expect((await classifier.classify('echo')).unit).toMatch(/^thread \d+$/)
    expect(pool.answered).toBe(0) // classifications are not counted as reads
  })

  it('refuses to start when a reader exits before it is ready', async () => {
    await expect(startReaderPool({ dataDir: 'never-ready', count: 1, offsetMs: () => 0, workerFile })).rejects.toThrow()
  })

  it('after close, no reader is left and every call is handed back', async () => {
    pool = await startReaderPool({ dataDir: 'unused', count: 2, offsetMs: () => 0, workerFile })
    await pool.close()
    expect(pool.size).toBe(0)
    await expect(call(pool, 'echo')).resolves.toBeUndefined()
  })
})

// The local server: the H5 build, POST /api/functions/:name (same JSON as callFunction), uploads, the dev
// sign-in personas, developer endpoints (outbox, clock offset, run a timer) and the functions' timers.
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { isFunctionName, type FunctionName } from '../../../src/core/contracts/functions'
import { httpStatusOf } from '../../../src/core/contracts/errors'
import { fail, toResponse, type FunctionResponse } from '../../../src/core/contracts/result'
import { dispatch } from '../runtime/dispatcher'
import { FUNCTION_ACTIONS, TIMER_ACTIONS } from '../runtime/registry'
import { createLocalRuntime, type LocalRuntime } from './local-deps'
import { optimizeDatabase, startBackgroundCheckpoint } from '../adapters/sqlite'
import { loadClassifier } from '../classifier'
import { isSeeded, seedDemo, seedDemoCredits } from './seed'
import { SessionSigner } from './session'
import { readTimers, startTimers } from './timers'
import { sendJson, sendJsonText, readBody, BodyTooLarge } from './http'
import { startReaderPool, type ReaderPool } from './reader-pool'
import { classifierOnReaders } from './reader-classifier'
import { isReadAction } from './read-actions'
import { handleDevRoute } from './dev-routes'
import { handleFileRoute } from './file-routes'
import { handleExportRoute } from './export-routes'
import { serveStatic } from './static-files'

export interface LocalServerOptions {
  port?: number
  host?: string
  dataDir: string
  staticDir?: string
  /** The persona sign-in and developer endpoints. On by default on loopback only. */
  allowPersonas?: boolean
  enableTimers?: boolean
  quiet?: boolean
  /** Worker threads that answer the read actions on their own connections (reader-pool.ts); 0 (the default): none. */
  readers?: number
}

export interface LocalServer {
  url: string
  runtime: LocalRuntime
  /** The readers, when the server has any. */
  readers?: ReaderPool
  close(): Promise<void>
}

const MAX_CALL_BYTES = 1024 * 1024
const FUNCTIONS_CONFIG_DIR = path.join(__dirname, '..', 'functions')

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const host = options.host ?? '127.0.0.1'
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1'
  const allowPersonas = options.allowPersonas ?? loopback
  const runtime = createLocalRuntime(options.dataDir)
  if (!(await isSeeded(runtime.deps.repos))) {
    await seedDemo(runtime.deps.repos)
    await seedDemoCredits(runtime.deps.credits)
    optimizeDatabase(runtime.db)
  }
  const checkpoints = startBackgroundCheckpoint(runtime.db)
  const sessions = new SessionSigner(options.dataDir)
  const staticDir = options.staticDir ?? path.resolve('dist/h5')
  const readers = options.readers ? await startReaderPool({ dataDir: options.dataDir, count: options.readers, offsetMs: () => runtime.clock.getOffset() }) : undefined
  if (readers) runtime.deps.classifier = classifierOnReaders(readers, loadClassifier())

  const callFunction = async (name: FunctionName, request: unknown, openid?: string, fromTimer = false): Promise<FunctionResponse> =>
    dispatch(FUNCTION_ACTIONS[name], request, { deps: runtime.deps, openid, fromTimer })

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://local')
      const openid = sessions.read(req.headers.cookie)
      const fnMatch = url.pathname.match(/^\/api\/functions\/([^/]+)$/)
      if (fnMatch) {
        if (req.method !== 'POST') return sendJson(res, 405, toResponse(fail('INVALID_INPUT', '请使用 POST 调用云函数')))
        const name = decodeURIComponent(fnMatch[1])
        if (!isFunctionName(name)) return sendJson(res, 404, toResponse(fail('UNKNOWN_FUNCTION', `没有这项服务：${name.slice(0, 40)}`)))
        let request: unknown
        try {
          const body = await readBody(req, MAX_CALL_BYTES)
          request = JSON.parse(body.toString('utf8') || '{}')
        } catch (error) {
          if (error instanceof BodyTooLarge) return sendJson(res, 413, toResponse(fail('PAYLOAD_TOO_LARGE')))
          return sendJson(res, 400, toResponse(fail('MALFORMED_JSON')))
        }
        if (readers && isReadAction(name, request)) {
          const read = await readers.call(name, request, openid)
          if (read) return sendJsonText(res, read.status, read.body)
        }
        const answer = await callFunction(name, request, openid)
        return sendJson(res, answer.ok ? 200 : httpStatusOf(answer.code), answer)
      }
      if (url.pathname.startsWith('/api/files')) return await handleFileRoute(req, res, url, { runtime, openid })
      if (url.pathname.startsWith('/api/exports/')) return await handleExportRoute(req, res, url, { runtime, openid })
      if (url.pathname.startsWith('/api/dev/') || url.pathname.startsWith('/dev/')) {
        if (!allowPersonas) return sendJson(res, 404, toResponse(fail('NOT_FOUND', '开发者功能未开启')))
        return await handleDevRoute(req, res, url, { runtime, sessions, openid, runTimer })
      }
      if (url.pathname.startsWith('/api/')) return sendJson(res, 404, toResponse(fail('NOT_FOUND', '没有这个接口')))
      return serveStatic(req, res, url, staticDir)
    } catch (error) {
      console.error('[shuoshi] request failed:', error)
      if (!res.headersSent) sendJson(res, 500, toResponse(fail('INTERNAL')))
      else res.end()
    }
  })

  const timerSpecs = readTimers(FUNCTIONS_CONFIG_DIR, Object.keys(FUNCTION_ACTIONS))
  async function runTimer(functionName: string): Promise<FunctionResponse> {
    const action = TIMER_ACTIONS[functionName as FunctionName]
    if (!isFunctionName(functionName) || !action) return toResponse(fail('UNKNOWN_FUNCTION'))
    return callFunction(functionName, { action, payload: {} }, undefined, true)
  }
  const stopTimers = options.enableTimers === false
    ? () => undefined
    : startTimers(timerSpecs, () => runtime.clock.now(), async (spec) => {
        const answer = await runTimer(spec.functionName)
        if (!options.quiet) console.log(`[shuoshi] timer ${spec.functionName}/${spec.name}:`, JSON.stringify(answer))
      })

  await new Promise<void>((resolve) => server.listen(options.port ?? 10086, host, resolve))
  const address = server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${address.port}`,
    runtime,
    readers,
    async close() {
      stopTimers()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections?.()
      await readers?.close()
      await checkpoints.stop()
      runtime.db.close()
    },
  }
}


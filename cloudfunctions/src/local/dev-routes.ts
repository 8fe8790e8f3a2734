// Local-only developer endpoints: persona sign-in, a new visitor's session, the message outbox, the clock offset,
// running a timer now.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { ROLE_LABELS } from '../../../src/core/domain/roles'
import { fail, ok, toResponse, type FunctionResponse } from '../../../src/core/contracts/result'
import { listOutbox } from '../adapters/local/outbox-sender'
import { DEMO_PERSONAS } from './demo-community'
import type { LocalRuntime } from './local-deps'
import { SESSION_COOKIE, type SessionSigner } from './session'
import { readBody, sendJson } from './http'
import { renderOutboxPage } from './outbox-page'

interface DevContext {
  runtime: LocalRuntime
  sessions: SessionSigner
  openid?: string
  runTimer(functionName: string): Promise<FunctionResponse>
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  try {
    const parsed: unknown = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || '{}')
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

export async function handleDevRoute(req: IncomingMessage, res: ServerResponse, url: URL, ctx: DevContext): Promise<void> {
  const route = `${req.method} ${url.pathname}`
  switch (route) {
    case 'GET /api/dev/personas':
      return sendJson(res, 200, toResponse(ok(DEMO_PERSONAS.map((p) => ({ id: p.id, name: p.user.name, role: p.user.role, roleLabel: ROLE_LABELS[p.user.role], description: p.description })))))
    case 'POST /api/dev/sign-in': {
      const body = await readJson(req)
      if (!body) return sendJson(res, 400, toResponse(fail('MALFORMED_JSON')))
      const persona = DEMO_PERSONAS.find((p) => p.id === body.personaId)
      if (!persona) return sendJson(res, 404, toResponse(fail('NOT_FOUND', '没有这个演示身份', 'personaId')))
      const cookie = `${SESSION_COOKIE}=${ctx.sessions.sign(persona.user.openid)}; Path=/; HttpOnly; SameSite=Strict`
      return sendJson(res, 200, toResponse(ok({ user: { id: persona.user.id, name: persona.user.name, role: persona.user.role } })), { 'Set-Cookie': cookie })
    }
    case 'POST /api/dev/visitor': {
      // A new visitor: a fresh openid the server does not know (like a WeChat user opening the app the first time).
      const openid = `visitor-${randomUUID().replace(/-/g, '').slice(0, 16)}`
      const cookie = `${SESSION_COOKIE}=${ctx.sessions.sign(openid)}; Path=/; HttpOnly; SameSite=Strict`
      return sendJson(res, 200, toResponse(ok({ visitor: true })), { 'Set-Cookie': cookie })
    }
    case 'POST /api/dev/sign-out':
      return sendJson(res, 200, toResponse(ok({})), { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0` })
    case 'GET /api/dev/outbox':
      return sendJson(res, 200, toResponse(ok(listOutbox(ctx.runtime.db, Math.min(Number(url.searchParams.get('limit')) || 100, 500)))))
    case 'GET /dev/outbox':
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
      res.end(renderOutboxPage(listOutbox(ctx.runtime.db, 200), ctx.runtime.clock.now()))
      return
    case 'GET /api/dev/clock':
      return sendJson(res, 200, toResponse(ok({ now: ctx.runtime.clock.now().toISOString(), offsetMs: ctx.runtime.clock.getOffset() })))
    case 'POST /api/dev/clock': {
      const body = await readJson(req)
      if (!body) return sendJson(res, 400, toResponse(fail('MALFORMED_JSON')))
      if (typeof body.offsetMs !== 'number' || !Number.isFinite(body.offsetMs)) return sendJson(res, 400, toResponse(fail('INVALID_INPUT', '请给出时间偏移毫秒数', 'offsetMs')))
      ctx.runtime.clock.setOffset(body.offsetMs)
      return sendJson(res, 200, toResponse(ok({ now: ctx.runtime.clock.now().toISOString(), offsetMs: body.offsetMs })))
    }
  }
  const timer = url.pathname.match(/^\/api\/dev\/timers\/([^/]+)\/run$/)
  if (timer && req.method === 'POST') {
    const answer = await ctx.runTimer(decodeURIComponent(timer[1]))
    return sendJson(res, answer.ok ? 200 : 404, answer)
  }
  sendJson(res, 404, toResponse(fail('NOT_FOUND', '没有这个接口')))
}

// GET /api/exports/:id — a 台账 export, for the signed-in user who made it (as an attachment with its Chinese name).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fail, toResponse } from '../../../src/core/contracts/result'
import type { LocalRuntime } from './local-deps'
import { sendJson } from './http'

export async function handleExportRoute(req: IncomingMessage, res: ServerResponse, url: URL, ctx: { runtime: LocalRuntime; openid?: string }): Promise<void> {
  const user = ctx.openid ? await ctx.runtime.deps.repos.users.getByOpenid(ctx.openid) : undefined
  if (!user) return sendJson(res, 401, toResponse(fail('UNAUTHENTICATED')))
  const match = url.pathname.match(/^\/api\/exports\/([^/]+)$/)
  if (!match || req.method !== 'GET') return sendJson(res, 404, toResponse(fail('NOT_FOUND', '没有这个接口')))
  const file = ctx.runtime.exports.get(decodeURIComponent(match[1]), user.id)
  if (!file) return sendJson(res, 404, toResponse(fail('FILE_NOT_FOUND')))
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': String(file.bytes.length),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'Cache-Control': 'private, no-store',
  })
  res.end(file.bytes)
}

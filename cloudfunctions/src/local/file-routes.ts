// POST /api/files (raw body; Content-Type, X-File-Name, Idempotency-Key) and GET /api/files/:fileId.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { LIMITS } from '../../../src/core/contracts/functions'
import { fail, ok, toResponse } from '../../../src/core/contracts/result'
import { isAllowedFileType } from '../adapters/local/disk-file-storage'
import type { LocalRuntime } from './local-deps'
import { readBody, sendJson, BodyTooLarge } from './http'

export async function handleFileRoute(req: IncomingMessage, res: ServerResponse, url: URL, ctx: { runtime: LocalRuntime; openid?: string }): Promise<void> {
  if (!ctx.openid || !(await ctx.runtime.deps.repos.users.getByOpenid(ctx.openid))) return sendJson(res, 401, toResponse(fail('UNAUTHENTICATED')))
  if (url.pathname === '/api/files' && req.method === 'POST') {
    const contentType = String(req.headers['content-type'] ?? '').split(';')[0].trim()
    if (!isAllowedFileType(contentType)) return sendJson(res, 400, toResponse(fail('INVALID_INPUT', '只能上传图片或录音', 'Content-Type')))
    const key = String(req.headers['idempotency-key'] ?? '')
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(key)) return sendJson(res, 400, toResponse(fail('INVALID_INPUT', '缺少上传编号，请重试', 'Idempotency-Key')))
    let bytes: Buffer
    try {
      bytes = await readBody(req, LIMITS.uploadBytes)
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendJson(res, 413, toResponse(fail('FILE_TOO_LARGE')))
      throw error
    }
    if (bytes.length === 0) return sendJson(res, 400, toResponse(fail('INVALID_INPUT', '文件是空的，请重新选择', 'body')))
    // Recorded with its uploader: only they may attach it to a case.
    const stored = await ctx.runtime.files.put(ctx.openid, key, bytes, contentType, ctx.runtime.deps.clock.now().toISOString())
    return sendJson(res, 200, toResponse(ok(stored)))
  }
  const match = url.pathname.match(/^\/api\/files\/([^/]+)$/)
  if (match && req.method === 'GET') {
    const file = await ctx.runtime.files.get(decodeURIComponent(match[1]))
    if (!file) return sendJson(res, 404, toResponse(fail('FILE_NOT_FOUND')))
    res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': String(file.bytes.length), 'Cache-Control': 'private, max-age=86400' })
    res.end(Buffer.from(file.bytes))
    return
  }
  sendJson(res, 404, toResponse(fail('NOT_FOUND', '没有这个接口')))
}

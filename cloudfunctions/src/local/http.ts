// Small HTTP helpers for the local server: bounded body reading and JSON answers.
import type { IncomingMessage, ServerResponse } from 'node:http'

export class BodyTooLarge extends Error {}

/**
 * Read a request body of at most `maxBytes`. A larger body is drained and discarded (so the client can read
 * the 413 answer) up to 4 × the limit; beyond that the connection is cut.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) chunks.push(chunk)
      else if (size > maxBytes * 4) req.destroy()
    })
    req.on('end', () => (size > maxBytes ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))))
    req.on('error', reject)
  })
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, JSON.stringify(body), headers)
}

/** An answer already written as JSON, as text or as its UTF-8 bytes (a reader's, reader-pool.ts). */
export function sendJsonText(res: ServerResponse, status: number, text: string | Buffer, headers: Record<string, string> = {}): void {
  // With its length given, the answer goes out in one piece rather than as a chunked stream.
  const length = typeof text === 'string' ? Buffer.byteLength(text) : text.length
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(length), 'Cache-Control': 'no-store', ...headers })
  res.end(text)
}

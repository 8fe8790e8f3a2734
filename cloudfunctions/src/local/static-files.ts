// Serve the H5 build; unknown paths fall back to index.html (the app's router decides).
import fs from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.map': 'application/json',
}

export function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL, root: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end()
    return
  }
  const base = path.resolve(root)
  const index = path.join(base, 'index.html')
  if (!fs.existsSync(index)) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('H5 页面尚未构建：请先运行 npm run build:h5')
    return
  }
  const requested = path.normalize(path.join(base, decodeURIComponent(url.pathname)))
  const inside = requested.startsWith(base + path.sep)
  const file = inside && fs.existsSync(requested) && fs.statSync(requested).isFile() ? requested : index
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream'
  const cache = file === index ? 'no-cache' : 'public, max-age=31536000, immutable'
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache })
  if (req.method === 'HEAD') res.end()
  else fs.createReadStream(file).pipe(res)
}

// The load client's own HTTP/1.1 connection, against a real Node server: answers with a length and chunked ones,
// several requests on one kept-alive socket, a large answer in many pieces, and a closed connection.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { HttpConnection } from './http-connection'

let server: http.Server
let port: number
const sockets = new Set<string>()

beforeAll(async () => {
  server = http.createServer((req, res) => {
    sockets.add(`${req.socket.remotePort}`)
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      if (req.url === '/chunked') {
        res.writeHead(201, { 'Content-Type': 'application/json' })
        res.write('{"part":1,')
        res.end(`"echo":${JSON.stringify(body)}}`)
      } else if (req.url === '/large') {
        const text = JSON.stringify({ items: Array.from({ length: 5000 }, (_, i) => `第${i}件`) })
        res.writeHead(200, { 'Content-Length': String(Buffer.byteLength(text)) })
        res.end(text)
      } else if (req.url === '/close') {
        req.socket.destroy()
      } else {
        const text = JSON.stringify({ echo: body, cookie: req.headers.cookie ?? null })
        res.writeHead(200, { 'Content-Length': String(Buffer.byteLength(text)), 'Set-Cookie': 'sid=abc; HttpOnly' })
        res.end(text)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

it('reads answers by their length and chunked, several on one kept-alive socket', async () => {
  const connection = new HttpConnection('127.0.0.1', port)
  sockets.clear()
  const first = await connection.post('/echo', '{"说":"事"}', 'sid=abc')
  expect(first).toMatchObject({ status: 200, headers: { 'set-cookie': 'sid=abc; HttpOnly' } })
  expect(JSON.parse(first.text)).toEqual({ echo: '{"说":"事"}', cookie: 'sid=abc' })
  const second = await connection.post('/chunked', 'hello')
  expect(second.status).toBe(201)
  expect(JSON.parse(second.text)).toEqual({ part: 1, echo: 'hello' })
  const large = await connection.post('/large', '')
  expect(JSON.parse(large.text).items).toHaveLength(5000)
  expect(sockets.size).toBe(1)
  connection.close()
})

it('a request right after close() goes out on a new socket and is not failed by the old one closing', async () => {
  const connection = new HttpConnection('127.0.0.1', port)
  await connection.post('/echo', 'first')
  connection.close()
  await expect(connection.post('/echo', 'second')).resolves.toMatchObject({ status: 200 })
  connection.close()
})

it('rejects the request whose connection is closed, then opens a new one', async () => {
  const connection = new HttpConnection('127.0.0.1', port)
  await expect(connection.post('/close', '')).rejects.toThrow()
  await expect(connection.post('/echo', 'again')).resolves.toMatchObject({ status: 200 })
  connection.close()
})

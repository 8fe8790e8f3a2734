// The load client's action driver, against a real Node server: slices of driving add up in one tally, the same
// kept-alive connections carry every slice, a warm-up counts nothing, a refused answer counts as an error, and a
// run's figures come from its tally.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ActionDriver, emptyTally, summarize } from './action-driver'
import { LoadTarget, type LoadRequest } from './load-target'

let server: http.Server
let target: LoadTarget
const sockets = new Set<string>()
let answered = 0

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      if (req.url === '/api/dev/sign-in') {
        res.writeHead(200, { 'Content-Length': '2', 'Set-Cookie': 'sid=tester; HttpOnly' })
        return res.end('{}')
      }
      sockets.add(`${req.socket.remotePort}`)
      answered += 1
      const text = req.url === '/api/functions/refused' ? '{"ok":false,"code":"FORBIDDEN"}' : '{"ok":true,"data":{}}'
      // A few milliseconds a request, so a slice answers a countable number.
      setTimeout(() => {
        res.writeHead(200, { 'Content-Length': String(Buffer.byteLength(text)) })
        res.end(text)
      }, 2)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  target = new LoadTarget({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, caseIds: [], community: 'community-test' })
})

afterAll(async () => {
  target.close()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const request = (fn: string): LoadRequest => ({ fn, persona: 'persona-staff', body: () => '{"action":"whoami"}' })

test('slices add up in one tally, over the same connections; a warm-up counts nothing', async () => {
  sockets.clear()
  const driver = new ActionDriver(target, request('identity'), 4)
  const tally = emptyTally()
  await driver.drive(0.2)
  expect(tally.latencies).toHaveLength(0)
  const before = answered
  await driver.drive(0.3, tally)
  const afterFirst = tally.latencies.length
  await driver.drive(0.3, tally)
  driver.close()
  expect(afterFirst).toBeGreaterThan(0)
  expect(tally.latencies.length).toBeGreaterThan(afterFirst)
  expect(tally.latencies.length).toBe(answered - before)
  expect(tally.seconds).toBeGreaterThanOrEqual(0.6)
  expect(tally.seconds).toBeLessThan(1)
  expect(tally.errors).toBe(0)
  expect(sockets.size).toBe(4)
  const figures = summarize(tally)
  expect(figures.requests).toBe(tally.latencies.length)
  expect(figures.rps).toBe(Math.round(tally.latencies.length / tally.seconds))
  expect(figures.p50).toBeGreaterThanOrEqual(2)
  expect(figures.p99).toBeGreaterThanOrEqual(figures.p50)
  expect(figures.meanBytes).toBe(Buffer.byteLength('{"ok":true,"data":{}}'))
  expect(figures.firstError).toBeUndefined()
})

test('an answer that is not ok counts as an error, with the first one kept', async () => {
  const driver = new ActionDriver(target, request('refused'), 2)
  const tally = emptyTally()
  await driver.drive(0.1, tally)
  driver.close()
  expect(tally.errors).toBe(tally.latencies.length)
  expect(summarize(tally).firstError).toBe('200 {"ok":false,"code":"FORBIDDEN"}')
})

test('an empty tally gives zeros, not a division by zero', () => {
  expect(summarize(emptyTally())).toEqual({ requests: 0, errors: 0, rps: 0, p50: 0, p99: 0, meanBytes: 0 })
})

// The local server over real HTTP: bad input gets a Chinese message, an error code and the right status,
// writes nothing, and the server keeps serving. Uploads are retry-safe.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startLocalServer, type LocalServer } from '../../cloudfunctions/src/local/server'

let server: LocalServer
let dataDir: string
let cookie = ''

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-http-'))
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-static-'))
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>说事</title>')
  server = await startLocalServer({ port: 0, dataDir, staticDir, enableTimers: false })
  const signIn = await fetch(`${server.url}/api/dev/sign-in`, { method: 'POST', body: JSON.stringify({ personaId: 'persona-resident' }) })
  cookie = signIn.headers.get('set-cookie')!.split(';')[0]
})
afterAll(async () => {
  await server.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const post = (name: string, body: string, withCookie = true) =>
  fetch(`${server.url}/api/functions/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(withCookie ? { Cookie: cookie } : {}) }, body })
const caseCount = () => (server.runtime.db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n
const good = { communityId: 'community-hangkonglu', text: '楼道灯坏了', channel: 'self', idempotencyKey: 'http-test-0001' }

it('binds to 127.0.0.1', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
})

it.each([
  ['malformed JSON', 'cases', '{"action": "submit", ', 400, 'MALFORMED_JSON', '请求格式有误，无法读取'],
  ['an unknown function', 'nosuch', JSON.stringify({ action: 'submit' }), 404, 'UNKNOWN_FUNCTION', '没有这项服务：nosuch'],
  ['an unknown action', 'cases', JSON.stringify({ action: 'explode' }), 404, 'UNKNOWN_ACTION', '没有这项操作：explode'],
  ['no action', 'cases', JSON.stringify({ payload: good }), 400, 'INVALID_INPUT', '请指明要进行的操作'],
  ['a body that is not an object', 'cases', '[1,2]', 400, 'INVALID_INPUT', '请求内容应为一个对象'],
  ['a missing field', 'cases', JSON.stringify({ action: 'submit', payload: { ...good, text: undefined } }), 400, 'INVALID_INPUT', '请填写事项内容'],
  ['a wrongly typed field', 'cases', JSON.stringify({ action: 'submit', payload: { ...good, channel: 7 } }), 400, 'INVALID_INPUT', '来源渠道不在可选范围内'],
  ['text over the limit', 'cases', JSON.stringify({ action: 'submit', payload: { ...good, text: '长'.repeat(1001) } }), 400, 'TEXT_TOO_LONG', '事项内容不能超过1000个字'],
  ['an id that does not exist', 'cases', JSON.stringify({ action: 'get', payload: { caseId: 'doesnotexist' } }), 404, 'CASE_NOT_FOUND', '找不到这件事项，或它不在您的管辖范围内'],
  ['a cursor that was tampered with', 'cases', JSON.stringify({ action: 'listMine', payload: { cursor: 'bm90LWEtY3Vyc29y' } }), 400, 'INVALID_INPUT', '翻页位置无效，请刷新列表后再试'],
  ['a community of another street', 'cases', JSON.stringify({ action: 'listBoard', payload: { communityId: 'community-elsewhere' } }), 404, 'NOT_FOUND', '找不到这个社区'],
])('answers %s with a code, a Chinese message and writes nothing', async (_label, name, body, status, code, message) => {
  const before = caseCount()
  const res = await post(name, body)
  expect(res.status).toBe(status)
  expect(await res.json()).toMatchObject({ ok: false, code, message })
  expect(caseCount()).toBe(before)
  const still = await post('identity', JSON.stringify({ action: 'whoami' }))
  expect(still.status).toBe(200)
})

it('refuses a call without a session with 401', async () => {
  const res = await post('cases', JSON.stringify({ action: 'listMine' }), false)
  expect(res.status).toBe(401)
  expect(await res.json()).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录' })
})

it('refuses a forged session cookie', async () => {
  const res = await fetch(`${server.url}/api/functions/identity`, { method: 'POST', headers: { Cookie: 'shuoshi_session=persona-admin.forged' }, body: '{"action":"whoami"}' })
  expect(res.status).toBe(401)
})

it('refuses a body over 1 MB with 413', async () => {
  const res = await post('cases', JSON.stringify({ action: 'submit', payload: { ...good, text: 'x'.repeat(1100 * 1024) } }))
  expect(res.status).toBe(413)
  expect(await res.json()).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' })
})

it('submits through HTTP with the same answer shape as callFunction', async () => {
  const res = await post('cases', JSON.stringify({ action: 'submit', payload: good }))
  expect(res.status).toBe(200)
  expect(await res.json()).toMatchObject({ ok: true, data: { status: 'submitted', text: '楼道灯坏了', petitioner: { name: '王秀英' } } })
})

describe('files', () => {
  const upload = (body: Buffer, headers: Record<string, string>) => fetch(`${server.url}/api/files`, { method: 'POST', headers: { Cookie: cookie, ...headers }, body: new Uint8Array(body) })
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

  it('stores an upload once however often it is retried, and serves it back', async () => {
    const headers = { 'Content-Type': 'image/png', 'Idempotency-Key': 'photo-000001', 'X-File-Name': 'a.png' }
    const first = (await (await upload(png, headers)).json()) as { data: { fileId: string } }
    const second = (await (await upload(png, headers)).json()) as { data: { fileId: string } }
    expect(second.data.fileId).toBe(first.data.fileId)
    expect(fs.readdirSync(path.join(dataDir, 'files')).filter((f) => !f.endsWith('.part'))).toHaveLength(1)
    const back = await fetch(`${server.url}/api/files/${first.data.fileId}`, { headers: { Cookie: cookie } })
    expect(back.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await back.arrayBuffer())).toEqual(png)
  })

  it.each([
    ['a type that is not a photo or recording', { 'Content-Type': 'application/x-msdownload', 'Idempotency-Key': 'photo-000002' }, 400, 'INVALID_INPUT'],
    ['no idempotency key', { 'Content-Type': 'image/png' }, 400, 'INVALID_INPUT'],
  ])('refuses %s', async (_label, headers, status, code) => {
    const res = await upload(png, headers as Record<string, string>)
    expect(res.status).toBe(status)
    expect(await res.json()).toMatchObject({ ok: false, code })
  })

  it('refuses a file over 10 MB with 413 and keeps serving', async () => {
    const res = await upload(Buffer.alloc(10 * 1024 * 1024 + 1), { 'Content-Type': 'image/jpeg', 'Idempotency-Key': 'photo-000003' }).catch(() => undefined)
    if (res) expect(res.status).toBe(413)
    expect((await post('identity', JSON.stringify({ action: 'whoami' }))).status).toBe(200)
  })

  it('answers 404 for a missing file', async () => {
    const res = await fetch(`${server.url}/api/files/${'0'.repeat(32)}.png`, { headers: { Cookie: cookie } })
    expect(res.status).toBe(404)
  })
})

describe('developer endpoints', () => {
  it('lists one persona per role', async () => {
    const body = (await (await fetch(`${server.url}/api/dev/personas`)).json()) as { data: { role: string }[] }
    expect(body.data.map((p) => p.role)).toEqual(['resident', 'gridWorker', 'staff', 'handler', 'supervisor', 'admin'])
  })
  it('moves the clock and runs a timer now', async () => {
    const moved = await fetch(`${server.url}/api/dev/clock`, { method: 'POST', body: JSON.stringify({ offsetMs: 86400000 }) })
    expect(moved.status).toBe(200)
    const run = await fetch(`${server.url}/api/dev/timers/supervision/run`, { method: 'POST' })
    expect(await run.json()).toMatchObject({ ok: true, data: { done: { overdue: 0, closeUnrated: 0 }, rowsRead: 0, more: false } })
    await fetch(`${server.url}/api/dev/clock`, { method: 'POST', body: JSON.stringify({ offsetMs: 0 }) })
  })
  it('shows the outbox page', async () => {
    const page = await fetch(`${server.url}/dev/outbox`)
    expect(await page.text()).toContain('消息发件箱')
  })
  it('is off when the server is not on loopback', async () => {
    const other = await startLocalServer({ port: 0, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-lan-')), staticDir: dataDir, allowPersonas: false, enableTimers: false })
    const res = await fetch(`${other.url}/api/dev/personas`)
    expect(res.status).toBe(404)
    await other.close()
  })
})

it('serves the H5 app and falls back to index.html', async () => {
  const res = await fetch(`${server.url}/pages/mine/index`)
  expect(res.status).toBe(200)
  expect(await res.text()).toContain('说事')
})

// Invites through the local server over real HTTP: an admin's session creates an invite; a browser without a session
// becomes a new visitor (POST /api/dev/visitor), is unknown to whoami, redeems the invite and is then the handler.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startLocalServer, type LocalServer } from '../../cloudfunctions/src/local/server'

let server: LocalServer
let dataDir: string

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-invite-'))
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-static-'))
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>说事</title>')
  server = await startLocalServer({ port: 0, dataDir, staticDir, enableTimers: false })
})
afterAll(async () => {
  await server.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]
const call = async (cookie: string, action: string, payload: unknown = {}) =>
  (await fetch(`${server.url}/api/functions/identity`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify({ action, payload }) })).json()

it('lets a new visitor redeem an admin’s invite once and become the handler it names', async () => {
  const admin = cookieOf(await fetch(`${server.url}/api/dev/sign-in`, { method: 'POST', body: JSON.stringify({ personaId: 'persona-admin' }) }))
  const invite = await call(admin, 'createInvite', { role: 'handler', unitId: 'unit-sanitation' })
  expect(invite).toMatchObject({ ok: true, data: { state: 'pending', scopeLabel: '胜利街道环卫所' } })

  const visitorAnswer = await fetch(`${server.url}/api/dev/visitor`, { method: 'POST', body: '{}' })
  expect(await visitorAnswer.json()).toEqual({ ok: true, data: { visitor: true } })
  const visitor = cookieOf(visitorAnswer)
  expect(await call(visitor, 'whoami')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  expect(await call(visitor, 'redeemInvite', { code: invite.data.displayCode, name: '马丽' })).toMatchObject({ ok: true, data: { role: 'handler', name: '马丽' } })
  expect(await call(visitor, 'whoami')).toMatchObject({ ok: true, data: { user: { name: '马丽', role: 'handler', unitId: 'unit-sanitation' } } })

  const another = cookieOf(await fetch(`${server.url}/api/dev/visitor`, { method: 'POST', body: '{}' }))
  expect(another).not.toEqual(visitor)
  expect(await call(another, 'redeemInvite', { code: invite.data.code, name: '冒名' })).toMatchObject({ ok: false, code: 'INVITE_NOT_USABLE' })
})

// The built cloud functions (cloudfunctions/dist/<fn>/index.js, as uploaded to WeChat) driven through a stand-in
// wx-server-sdk: the database is the documented-semantics test double, OPENID comes from getWXContext(),
// subscription messages go to a recording openapi. The real SDK cannot run offline (TOOLCHAIN.md).
import fs from 'node:fs'
import path from 'node:path'
import { CloudDbDouble } from '../support/cloud-db-double'
import { createCloudDbRepositories } from '../../cloudfunctions/src/adapters/cloud-db'
import { createCloudCredits } from '../../cloudfunctions/src/adapters/wechat/cloud-db-message-stores'
import { seedDemo } from '../../cloudfunctions/src/local/seed'

const db = new CloudDbDouble()
const sent: Record<string, unknown>[] = []
let openid: string | undefined
const fakeSdk = {
  DYNAMIC_CURRENT_ENV: Symbol('current env'),
  init: jest.fn(),
  database: () => db,
  getWXContext: () => ({ OPENID: openid, APPID: 'wx-test', ENV: 'test' }),
  openapi: { subscribeMessage: { send: async (message: Record<string, unknown>) => { sent.push(message); return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' } } } },
}
jest.mock('wx-server-sdk', () => fakeSdk, { virtual: true })

const dist = path.join(__dirname, '../../cloudfunctions/dist')
type Main = (event: unknown) => Promise<{ ok: boolean; data?: any; code?: string }>
function load(name: string): Main {
  const file = path.join(dist, name, 'index.js')
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build:functions first`)
  return require(file).main as Main
}

beforeAll(async () => {
  process.env.TENCENTCLOUD_RUNENV = 'SCF' // as inside a WeChat cloud function: release template ids
  await seedDemo(createCloudDbRepositories(db))
  await createCloudCredits(db).add('user-wang', 'SET_RELEASE_TEMPLATE_ID_accepted', 1)
})

afterAll(() => {
  delete process.env.TENCENTCLOUD_RUNENV
})

it('ships each function as index.js + package.json + config.json, with wx-server-sdk external', () => {
  for (const name of ['identity', 'cases', 'meetings', 'supervision']) {
    expect(fs.readdirSync(path.join(dist, name)).sort()).toEqual(['config.json', 'index.js', 'package.json'])
    expect(JSON.parse(fs.readFileSync(path.join(dist, name, 'package.json'), 'utf8')).dependencies).toHaveProperty('wx-server-sdk')
    expect(fs.readFileSync(path.join(dist, name, 'index.js'), 'utf8')).toContain('require("wx-server-sdk")')
  }
  const config = JSON.parse(fs.readFileSync(path.join(dist, 'supervision', 'config.json'), 'utf8'))
  expect(config.permissions.openapi).toContain('subscribeMessage.send')
  expect(config.triggers[0]).toMatchObject({ type: 'timer', config: '0 */15 * * * * *' })
})

it('takes the caller from getWXContext().OPENID, classifies, and pushes through openapi', async () => {
  const cases = load('cases')
  openid = undefined
  expect(await cases({ action: 'listMine' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  openid = 'persona-resident'
  const submitted = await cases({ action: 'submit', payload: { communityId: 'community-hangkonglu', channel: 'self', text: '3栋楼道里一股煤气味，怕是漏气了', idempotencyKey: 'wx-bundle-0001', petitionerUserId: 'user-admin-wu' } })
  expect(submitted).toMatchObject({ ok: true, data: { status: 'submitted', petitioner: { userId: 'user-wang' }, urgency: 'urgent', suggestion: { category: 'safety' } } })
  openid = 'persona-staff'
  const triaged = await cases({ action: 'triage', payload: { caseId: submitted.data.id, version: 1, category: 'safety', urgency: 'urgent' } })
  expect(triaged).toMatchObject({ ok: true, data: { status: 'triaged' } })
  expect(sent).toEqual([expect.objectContaining({ touser: 'persona-resident', templateId: 'SET_RELEASE_TEMPLATE_ID_accepted', miniprogramState: 'formal', page: `pages/case/index?id=${submitted.data.id}` })])
})

it('runs the sweep from a timer event and refuses it from a user', async () => {
  const supervision = load('supervision')
  openid = 'persona-admin'
  expect(await supervision({ action: 'sweep' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  openid = undefined
  expect(await supervision({ Type: 'Timer', TriggerName: 'sweepEvery15Minutes', Time: '2026-11-30T02:00:00Z' })).toMatchObject({ ok: true, data: { more: false } })
})

it('answers unknown actions and bad input with codes, never throwing', async () => {
  const identity = load('identity')
  openid = 'persona-resident'
  expect(await identity({ action: 'nosuch' })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' })
  expect(await identity(null)).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  expect(await identity({ action: 'whoami' })).toMatchObject({ ok: true, data: { user: { userId: 'user-wang', role: 'resident' }, community: { name: '航空路社区' } } })
})

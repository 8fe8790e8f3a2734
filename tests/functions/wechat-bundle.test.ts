// The built cloud functions (cloudfunctions/dist/<fn>/index.js, as uploaded to WeChat) driven through a stand-in
// wx-server-sdk: the database is the documented-semantics test double, OPENID comes from getWXContext(),
// subscription messages go to a recording openapi. The real SDK cannot run offline (TOOLCHAIN.md).
import fs from 'node:fs'
import path from 'node:path'
import { doubleWithIndexes } from '../support/double-with-indexes'
import { ALL_COLLECTIONS } from '../../cloudfunctions/src/adapters/wechat/setup-database'
import { createCloudDbRepositories } from '../../cloudfunctions/src/adapters/cloud-db'
import { createCloudCredits } from '../../cloudfunctions/src/adapters/wechat/cloud-db-message-stores'
import { seedDemo } from '../../cloudfunctions/src/local/seed'

// Queries must be covered by declared indexes: the project's, and those of uploads and content holds.
const db = doubleWithIndexes()
const sent: Record<string, unknown>[] = []
let openid: string | undefined
/** getWXContext().SOURCE: `wx_client` for a call from the mini-program, `wx_trigger` for the platform's timer. */
let source = 'wx_client'
const fakeSdk = {
  DYNAMIC_CURRENT_ENV: Symbol('current env'),
  init: jest.fn(),
  database: () => db,
  getWXContext: () => ({ OPENID: openid, APPID: 'wx-test', ENV: 'test', SOURCE: source }),
  getTempFileURL: async ({ fileList }: { fileList: string[] }) => ({ fileList: fileList.map((fileID) => ({ fileID, tempFileURL: `https://tmp.example/${fileID.split('/').pop()}?sign=1`, status: 0 })) }),
  deleteFile: async ({ fileList }: { fileList: string[] }) => ({ fileList: fileList.map((fileID) => ({ fileID, status: 0 })) }),
  openapi: {
    phonenumber: { getPhoneNumber: async ({ code }: { code: string }) => ({ errCode: 0, errMsg: 'ok', phoneInfo: code === 'wx-phone-code' ? { phoneNumber: '+8613972100009', purePhoneNumber: '13972100009', countryCode: '86' } : undefined }) },
    subscribeMessage: { send: async (message: Record<string, unknown>) => { sent.push(message); return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' } } } },
}
jest.mock('wx-server-sdk', () => fakeSdk, { virtual: true })

const dist = process.env.SHUOSHI_FUNCTIONS_DIST ? path.resolve(__dirname, '../..', process.env.SHUOSHI_FUNCTIONS_DIST) : path.join(__dirname, '../../cloudfunctions/dist')
type Main = (event: unknown) => Promise<{ ok: boolean; data?: any; code?: string }>
function load(name: string): Main {
  const file = path.join(dist, name, 'index.js')
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build:functions first`)
  return require(file).main as Main
}

beforeAll(async () => {
  process.env.TENCENTCLOUD_RUNENV = 'SCF' // as inside a WeChat cloud function: release template ids
  process.env.SHUOSHI_SKIP_WECHAT_CHECK = '1' // the repository's placeholder ids (the refusal has its own test below)
  await seedDemo(createCloudDbRepositories(db))
  await createCloudCredits(db).add('user-wang', 'SET_RELEASE_TEMPLATE_ID_accepted', 1)
})

afterAll(() => {
  delete process.env.TENCENTCLOUD_RUNENV
  delete process.env.SHUOSHI_SKIP_WECHAT_CHECK
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
  expect(JSON.parse(fs.readFileSync(path.join(dist, 'cases', 'config.json'), 'utf8')).triggers[0]).toMatchObject({ name: 'cleanupUploadsDaily', type: 'timer' })
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

it('private media: the server names the upload path, accepts only the caller\'s own fileID and shows it through a temp link', async () => {
  const cases = load('cases')
  openid = 'persona-resident'
  const prepared = await cases({ action: 'prepareUpload', payload: { idempotencyKey: 'img-wxbundle-01', name: 'photo-1.jpg', createdAt: '2026-11-30T02:00:00.000Z' } })
  expect(prepared).toMatchObject({ ok: true, data: { cloudPath: 'cases/2026-11-30/img-wxbundle-01.jpg' } })
  const fileId = `cloud://test.7465-test-1300000000/${prepared.data.cloudPath}`
  const submit = (fileID: string, key: string) => cases({ action: 'submit', payload: { communityId: 'community-hangkonglu', channel: 'self', text: '楼道里的灯坏了', idempotencyKey: key, attachments: [{ fileId: fileID, kind: 'image' }] } })
  expect(await submit('https://example.com/x.jpg', 'wx-media-0001')).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '附件无效，请重新上传' })
  expect(await submit(fileId.replace('cloud://test.', 'cloud://other.'), 'wx-media-0002')).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  const created = await submit(fileId, 'wx-media-0003')
  expect(created).toMatchObject({ ok: true })
  openid = 'persona-staff'
  const detail = await cases({ action: 'get', payload: { caseId: created.data.id } })
  expect(detail.data.case.attachments).toEqual([{ fileId, kind: 'image', url: 'https://tmp.example/img-wxbundle-01.jpg?sign=1' }])
  // Staff cannot attach the resident's file to their own action.
  expect(await cases({ action: 'triage', payload: { caseId: created.data.id, version: 1, category: 'sanitation', urgency: 'normal', attachments: [{ fileId, kind: 'image' }] } })).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '附件无效，请重新上传' })
})

const TIMER_EVENT = { Type: 'Timer', TriggerName: 'sweepEvery15Minutes', Time: '2026-11-30T02:00:00Z' }

/** Every collection the double holds, as JSON: to prove a refused call wrote nothing. */
function snapshot(): string {
  const names = ['cases', 'case_events', 'reminder_ledger', 'inbox', 'push_log', 'subscription_credits', 'users']
  return JSON.stringify(names.map((name) => db.dump(name)))
}

it('runs the sweep from the platform\'s timer trigger and refuses it from a user', async () => {
  const supervision = load('supervision')
  source = 'wx_client'
  openid = 'persona-admin'
  expect(await supervision({ action: 'sweep' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  source = 'wx_trigger'
  openid = undefined
  expect(await supervision(TIMER_EVENT)).toMatchObject({ ok: true, data: { more: false } })
  source = 'wx_client'
})

it('runs the meetings sweep (逢五说事 planning, reminders) from its own hourly trigger only', async () => {
  const meetings = load('meetings')
  source = 'wx_client'
  openid = 'persona-staff'
  expect(await meetings({ action: 'sweepMeetings' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  source = 'wx_trigger'
  openid = undefined
  const answer = await meetings({ ...TIMER_EVENT, TriggerName: 'sweepMeetingsHourly' })
  expect(answer).toMatchObject({ ok: true, data: { receptionsCreated: expect.any(Number) } })
  expect(answer.data.receptionsCreated).toBeGreaterThan(0)
  expect(db.dump('meetings').every((d) => d.kind === 'reception' && d.status === 'planned')).toBe(true)
  source = 'wx_client'
})

describe('a forged timer event (callFunction data is the event, so any client can send Type: Timer)', () => {
  let supervision: Main
  let warn: jest.SpyInstance
  beforeAll(async () => {
    supervision = load('supervision')
    // An overdue case: a real sweep would mark it, notify and write the ledger.
    openid = 'persona-resident'
    source = 'wx_client'
    const cases = load('cases')
    const submitted = await cases({ action: 'submit', payload: { communityId: 'community-hangkonglu', channel: 'self', text: '小区门口的路灯坏了好几天了', idempotencyKey: 'wx-forged-timer-01' } })
    const doc = db.dump('cases').find((d) => d._id === submitted.data.id)!
    db.write('cases', String(doc._id), { ...doc, status: 'inProgress', unitId: 'unit-sanitation', dueAt: '2026-01-05T10:00:00.000Z' })
  })
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    warn.mockRestore()
    source = 'wx_client'
  })

  it.each([
    ['a registered user (staff admin)', 'persona-admin', 'wx_client'],
    ['a WeChat user unknown to the system', 'o-stranger-openid', 'wx_client'],
    ['a user claiming SOURCE wx_trigger (an OPENID means a person called)', 'persona-resident', 'wx_trigger'],
    ['no OPENID but not from a trigger', undefined, 'wx_http'],
  ])('from %s answers FORBIDDEN and touches nothing', async (_who, caller, from) => {
    openid = caller
    source = from
    const before = snapshot()
    const reads = db.getLog.length
    const sentBefore = sent.length
    expect(await supervision(TIMER_EVENT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(snapshot()).toBe(before)
    expect(db.getLog.length).toBe(reads)
    expect(sent.length).toBe(sentBefore)
  })

  it('a trigger run under another trigger name is refused (only the one in config.json runs)', async () => {
    openid = undefined
    source = 'wx_trigger'
    const before = snapshot()
    expect(await supervision({ ...TIMER_EVENT, TriggerName: 'somethingElse' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(snapshot()).toBe(before)
  })

  it('a function without a timer refuses every Timer event', async () => {
    openid = undefined
    source = 'wx_trigger'
    expect(await load('identity')(TIMER_EVENT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // The meetings function has its own trigger: the supervision one's name is not it.
    expect(await load('meetings')(TIMER_EVENT)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('the real trigger then does the work the forgeries could not', async () => {
    openid = undefined
    source = 'wx_trigger'
    const answer = await supervision(TIMER_EVENT)
    expect(answer).toMatchObject({ ok: true })
    expect(answer.data.done.overdue).toBeGreaterThanOrEqual(1)
  })
})

it('answers unknown actions and bad input with codes, never throwing', async () => {
  const identity = load('identity')
  openid = 'persona-resident'
  expect(await identity({ action: 'nosuch' })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' })
  expect(await identity(null)).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  expect(await identity({ action: 'whoami' })).toMatchObject({ ok: true, data: { user: { userId: 'user-wang', role: 'resident' }, community: { name: '航空路社区' } } })
})

describe('identity.setupDatabase on the cloud-db double', () => {
  it('creates every collection for an admin, is safe to run again, and answers the index checklist', async () => {
    const identity = load('identity')
    openid = 'persona-admin'
    source = 'wx_client'
    const first = await identity({ action: 'setupDatabase' })
    expect(first).toMatchObject({ ok: true })
    const { collections, indexes, nextSteps } = first.data
    expect(collections.failed).toEqual([])
    // The seeded collections exist already; the rest are made now.
    expect(collections.existing).toEqual(expect.arrayContaining(['users', 'communities']))
    expect([...collections.created, ...collections.existing].sort()).toEqual([...ALL_COLLECTIONS].sort())
    expect(collections.created).toEqual(expect.arrayContaining(['media_checks']))
    expect(db.collectionNames()).toEqual(expect.arrayContaining([...collections.created, ...collections.existing]))
    expect(indexes).toEqual(expect.arrayContaining([
      expect.objectContaining({ collection: 'uploads', name: 'state_createdAt_id', fields: 'state asc, createdAt asc, _id asc' }),
      expect.objectContaining({ collection: 'inbox', fields: 'userId asc, createdAt desc, _id desc' }),
      expect.objectContaining({ collection: 'cases', unique: false }),
    ]))
    expect(nextSteps.join('\n')).toContain('仅管理端可读写')
    const again = await identity({ action: 'setupDatabase' })
    expect(again.data.collections.created).toEqual([])
    expect(again.data.collections.existing.sort()).toEqual([...collections.created, ...collections.existing].sort())
  })

  it('refuses anyone but an admin', async () => {
    openid = 'persona-staff'
    expect(await load('identity')({ action: 'setupDatabase' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

it('refuses every call at cold start while the ids are placeholders, saying which in Chinese and English', async () => {
  delete process.env.SHUOSHI_SKIP_WECHAT_CHECK
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    let main!: Main
    jest.isolateModules(() => { main = require(path.join(dist, 'meetings', 'index.js')).main })
    openid = 'persona-staff'
    const answer = await main({ action: 'listAgenda' })
    expect(answer).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect((answer as { message?: string }).message).toContain('系统尚未配置完成')
    const logged = String(error.mock.calls[0]?.[0])
    expect(logged).toContain('touristappid')
    expect(logged).toContain('The mini-program AppID is still the placeholder')
    expect(logged).toContain('shuoshi-dev')
    expect(logged).toContain('subscription template ids for "release" are placeholders')
  } finally {
    error.mockRestore()
    process.env.SHUOSHI_SKIP_WECHAT_CHECK = '1'
  }
})

it('住户登记 on WeChat: the getPhoneNumber code is exchanged server-side and the number stored as verified', async () => {
  const identity = load('identity')
  openid = 'o-newcomer-phone'
  source = 'wx_client'
  const answer = await identity({ action: 'register', payload: { communityId: 'community-hangkonglu', name: '钱奶奶', phoneCode: 'wx-phone-code', privacyConsent: true } })
  expect(answer).toMatchObject({ ok: true, data: { role: 'resident' } })
  expect(db.dump('users').find((d) => d.openid === 'o-newcomer-phone')).toMatchObject({ phone: '13972100009', phoneVerified: true, privacyConsentAt: expect.any(String) })
})

// The local server's readers (reader-pool.ts): read actions answered by worker threads over read-only connections.
// Every read action answers through a reader exactly what the server thread answers for the same caller; a write is
// seen by the very next read; the dev clock and a calendar change reach the readers at once; a reader cannot write.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startLocalServer, type LocalServer } from '../../cloudfunctions/src/local/server'
import { READ_ACTIONS, isReadAction } from '../../cloudfunctions/src/local/read-actions'
import { openReadOnlyDatabase } from '../../cloudfunctions/src/adapters/sqlite'
import { dispatch } from '../../cloudfunctions/src/runtime/dispatcher'
import { FUNCTION_ACTIONS } from '../../cloudfunctions/src/runtime/registry'
import type { FunctionName } from '../../src/core/contracts/functions'
import { httpStatusOf } from '../../src/core/contracts/errors'
import { loadClassifier } from '../../cloudfunctions/src/classifier'

jest.setTimeout(60_000)

let server: LocalServer
let dataDir: string
const cookies = new Map<string, string>()

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-readers-'))
  server = await startLocalServer({ port: 0, dataDir, staticDir: dataDir, allowPersonas: true, enableTimers: false, quiet: true, readers: 2 })
  for (const persona of ['persona-resident', 'persona-grid', 'persona-staff', 'persona-handler', 'persona-supervisor', 'persona-admin']) {
    const response = await fetch(`${server.url}/api/dev/sign-in`, { method: 'POST', body: JSON.stringify({ personaId: persona }) })
    cookies.set(persona, response.headers.get('set-cookie')!.split(';')[0])
  }
  // Cases at every step the reads show: waiting, on the agenda, assigned with a deadline, published on the board.
  const assigned = await step('persona-staff', 'assign', await step('persona-staff', 'triage', await submit('小区东门垃圾桶满了没人清'), { category: 'sanitation', urgency: 'normal' }), { unitId: 'unit-sanitation', level: 'community', workingDays: 3 })
  await step('persona-staff', 'putOnAgenda', await step('persona-staff', 'triage', await submit('楼上装修噪音天天吵到晚上'), { category: 'dispute', urgency: 'normal' }), { meetingDate: '2026-12-20', place: '居民说事厅' })
  let board = await step('persona-staff', 'assign', await step('persona-staff', 'triage', await submit('三栋门口路灯不亮'), { category: 'facility', urgency: 'normal' }), { unitId: 'unit-sanitation', level: 'community', workingDays: 3 })
  board = await step('persona-handler', 'complete', await step('persona-handler', 'accept', board), { result: '路灯已更换' })
  await step('persona-staff', 'publish', board, { publishedResult: '三栋门口路灯已更换' })
  await submit('单元门禁坏了关不上')
  expect(assigned.dueAt).toEqual(expect.any(String))
})
afterAll(async () => {
  await server.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function over(persona: string, fn: FunctionName, action: string, payload: unknown): Promise<Response> {
  return fetch(`${server.url}/api/functions/${fn}`, { method: 'POST', headers: { Cookie: cookies.get(persona)! }, body: JSON.stringify({ action, payload }) })
}

async function submit(text: string): Promise<{ id: string; version: number }> {
  const answer = await (await over('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', channel: 'self', text, idempotencyKey: `reader-pool-${text}` })).json()
  if (!answer.ok) throw new Error(answer.message)
  return answer.data
}

/** A workflow action over HTTP on the version the caller saw (all of them live in cases or meetings). */
async function step(persona: string, action: string, c: { id: string; version: number }, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number; dueAt?: string }> {
  const fn = ['putOnAgenda', 'recordDecision'].includes(action) ? 'meetings' : 'cases'
  const answer = await (await over(persona, fn, action, { caseId: c.id, version: c.version, ...extra })).json()
  if (!answer.ok) throw new Error(`${action}: ${answer.message}`)
  return answer.data
}

/** The same call answered by the server thread itself, for the same caller (a demo persona's openid is its id). */
async function inServerThread(persona: string, fn: FunctionName, action: string, payload: unknown): Promise<unknown> {
  return JSON.parse(JSON.stringify(await dispatch(FUNCTION_ACTIONS[fn], { action, payload }, { deps: server.runtime.deps, openid: persona })))
}

const someCase = () => (server.runtime.db.prepare("SELECT id FROM cases WHERE status = 'published'").get() as { id: string }).id

const READS: Array<[string, FunctionName, string, () => unknown]> = [
  ['persona-resident', 'identity', 'whoami', () => ({})],
  ['persona-staff', 'identity', 'getDirectory', () => ({})],
  ['persona-resident', 'identity', 'listInbox', () => ({ limit: 20 })],
  ['persona-staff', 'cases', 'get', () => ({ caseId: someCase() })],
  ['persona-resident', 'cases', 'get', () => ({ caseId: someCase() })],
  ['persona-resident', 'cases', 'listMine', () => ({ limit: 20 })],
  ['persona-staff', 'cases', 'listQueue', () => ({ group: 'open', limit: 20 })],
  ['persona-handler', 'cases', 'listQueue', () => ({ group: 'open', limit: 20 })],
  ['persona-grid', 'cases', 'listQueue', () => ({ group: 'done', limit: 5 })],
  ['persona-supervisor', 'cases', 'listQueue', () => ({ group: 'open', limit: 20 })],
  ['persona-resident', 'cases', 'listBoard', () => ({ communityId: 'community-hangkonglu', limit: 20 })],
  ['persona-staff', 'cases', 'countWaiting', () => ({})],
  ['persona-staff', 'meetings', 'listAgenda', () => ({ limit: 20 })],
  ['persona-supervisor', 'supervision', 'listWatch', () => ({})],
  ['persona-staff', 'cases', 'listQueue', () => ({ group: 'nosuch', limit: 20 })],
  ['persona-resident', 'cases', 'get', () => ({ caseId: 'no-such-case' })],
]

it('hands exactly the read actions to the readers, and nothing else', async () => {
  expect(server.readers!.size).toBe(2)
  await byReaders(0, () => over('persona-staff', 'cases', 'triage', { caseId: 'no-such-case', version: 1, category: 'facility', urgency: 'normal' }))
  const listed = Object.entries(READ_ACTIONS).flatMap(([fn, actions]) => actions!.map((action) => `${fn}.${action}`))
  expect(new Set(READS.map(([, fn, action]) => `${fn}.${action}`))).toEqual(new Set(listed))
  expect(isReadAction('cases', { action: 'listQueue' })).toBe(true)
  expect(isReadAction('cases', { action: 'submit' })).toBe(false)
  expect(isReadAction('cases', { action: 'constructor' })).toBe(false)
  expect(isReadAction('cases', null)).toBe(false)
})

/** Runs `reads`, expecting the readers (not the server thread) to answer every one of `count` read calls. */
async function byReaders<T>(count: number, reads: () => Promise<T>): Promise<T> {
  const before = server.readers!.answered
  const result = await reads()
  expect(server.readers!.answered - before).toBe(count)
  return result
}

it.each(READS)('%s: %s.%s answers through a reader what the server thread answers', async (persona, fn, action, payload) => {
  const input = payload()
  const response = await byReaders(1, () => over(persona, fn, action, input))
  const answer = await response.json()
  expect(answer).toEqual(await inServerThread(persona, fn, action, input))
  expect(response.status).toBe(answer.ok ? 200 : httpStatusOf(answer.code))
})

it('shows a case submitted through the server thread to the very next read', async () => {
  for (let i = 0; i < 5; i += 1) {
    const submitted = await (await over('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', channel: 'self', text: `楼道第${i}盏灯不亮了`, idempotencyKey: `reader-pool-${i}` })).json()
    expect(submitted.ok).toBe(true)
    const mine = await byReaders(1, async () => (await over('persona-resident', 'cases', 'listMine', { limit: 20 })).json())
    expect(mine.data.items[0].id).toBe(submitted.data.id)
    const opened = await byReaders(1, async () => (await over('persona-staff', 'cases', 'get', { caseId: submitted.data.id })).json())
    expect(opened.data.case.status).toBe('submitted')
  }
})

it('reads by the server’s dev clock', async () => {
  const overdue = async () => ((await byReaders(1, async () => (await over('persona-staff', 'cases', 'listQueue', { group: 'open', limit: 100 })).json())).data.items as Array<{ overdue: boolean }>).filter((c) => c.overdue).length
  const before = await overdue()
  await fetch(`${server.url}/api/dev/clock`, { method: 'POST', headers: { Cookie: cookies.get('persona-staff')! }, body: JSON.stringify({ offsetMs: 400 * 86_400_000 }) })
  try {
    const after = await overdue()
    expect(after).toBeGreaterThan(before)
    const listed = await (await over('persona-staff', 'cases', 'listQueue', { group: 'open', limit: 100 })).json()
    expect(listed).toEqual(await inServerThread('persona-staff', 'cases', 'listQueue', { group: 'open', limit: 100 }))
  } finally {
    await fetch(`${server.url}/api/dev/clock`, { method: 'POST', headers: { Cookie: cookies.get('persona-staff')! }, body: JSON.stringify({ offsetMs: 0 }) })
  }
})

it('sees a calendar year saved through the server thread at once', async () => {
  const year = { year: 2027, holidays: ['2027-01-01', '2027-01-04'], workdays: [] }
  const saved = await (await over('persona-admin', 'identity', 'saveCalendarYear', year)).json()
  expect(saved.ok).toBe(true)
  const me = await byReaders(1, async () => (await over('persona-handler', 'identity', 'whoami', {})).json())
  expect(me.data.calendarYears).toEqual([{ ...year, provisional: false }])
})

it('classifies a submitted report on a reader, exactly as the server thread would', async () => {
  const texts = ['楼道里有煤气味，很浓', '一个人住的周爹爹手机一直关机，门也敲不开', '小区南门的路灯坏了好几天']
  for (const text of texts) expect(await server.readers!.classify(text)).toEqual(loadClassifier().classify(text))
  const classify = jest.spyOn(server.readers!, 'classify')
  try {
    const { id } = await submit('三单元楼顶的水箱漏水，水顺着墙往下流')
    expect(classify).toHaveBeenCalledWith('三单元楼顶的水箱漏水，水顺着墙往下流')
    const stored = await server.runtime.deps.repos.cases.get(id)
    const expected = loadClassifier().classify('三单元楼顶的水箱漏水，水顺着墙往下流')
    expect(stored!.suggestion).toMatchObject({ category: expected.category, urgent: expected.urgent, unit: expected.unit, confidence: expected.confidence })
  } finally {
    classify.mockRestore()
  }
})

it('gives a reader a connection that refuses every write', () => {
  const db = openReadOnlyDatabase(path.join(dataDir, 'shuoshi.db'))
  try {
    expect(() => db.prepare("UPDATE cases SET text = 'x'").run()).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }))
  } finally {
    db.close()
  }
})

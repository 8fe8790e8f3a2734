// Issue 12, bad input to the lists: a cursor from another list or another caller, a limit outside 1–100, or a group
// that does not exist gets INVALID_INPUT with a Chinese message naming the field, and never starts a read.
import { createHarness, data, type Harness } from '../support/local-harness'
import { DEMO_COMMUNITY } from '../support/case-steps'
import { insertCasesInBulk, optimizeDatabase } from '../../cloudfunctions/src/adapters/sqlite'
import { encodeCursor } from '../../cloudfunctions/src/adapters/shared/cursor'
import { loadCases } from '../bench/load-data'
import type { CaseList } from '../../src/core/contracts/views'
import type { CaseRepository } from '../../src/core/ports/repositories'

const NOW = new Date('2026-11-30T02:00:00Z')
let h: Harness
/** Calls of the case repository's list methods since the last reset. */
let reads: string[]

beforeAll(async () => {
  h = await createHarness(NOW.toISOString())
  insertCasesInBulk(h.runtime.db, loadCases({ count: 400, mix: 'realistic', now: NOW }))
  optimizeDatabase(h.runtime.db)
  const cases = h.runtime.deps.repos.cases as unknown as Record<string, unknown>
  for (const method of ['list', 'listAgenda', 'listPublished', 'listDue', 'listStale'] as Array<keyof CaseRepository>) {
    const original = cases[method] as (...args: unknown[]) => unknown
    cases[method] = (...args: unknown[]) => {
      reads.push(method)
      return original(...args)
    }
  }
})
afterAll(() => h.close())
beforeEach(() => {
  reads = []
})

async function refused(as: string, fn: 'cases' | 'meetings', action: string, payload: Record<string, unknown>, field: string, message: RegExp) {
  reads = []
  const answer = await h.call(as, fn, action, payload)
  expect(answer).toEqual({ ok: false, code: 'INVALID_INPUT', message: expect.stringMatching(message), field })
  expect(reads).toEqual([])
}

const FOREIGN = /^翻页位置无效：它属于另一个列表或另一位用户/

it('a cursor works for the list and the caller it came from', async () => {
  const first = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'closed', limit: 5 }))
  expect(first.nextCursor).toEqual(expect.any(String))
  const second = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'closed', limit: 5, cursor: first.nextCursor }))
  expect(second.items).toHaveLength(5)
  expect(second.items.map((c) => c.id)).not.toContain(first.items[0].id)
})

it('refuses a cursor of another caller, even one with the same scope, before reading anything', async () => {
  const mine = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'closed', limit: 5 }))
  await refused('demo-staff-li', 'cases', 'listQueue', { group: 'closed', limit: 5, cursor: mine.nextCursor }, 'cursor', FOREIGN)
  await refused('persona-supervisor', 'cases', 'listQueue', { group: 'closed', limit: 5, cursor: mine.nextCursor }, 'cursor', FOREIGN)
  const board = data<CaseList>(await h.call('persona-resident', 'cases', 'listBoard', { communityId: DEMO_COMMUNITY, limit: 5 }))
  await refused('persona-grid', 'cases', 'listBoard', { communityId: DEMO_COMMUNITY, limit: 5, cursor: board.nextCursor }, 'cursor', FOREIGN)
})

it('refuses a cursor of another list or another group', async () => {
  const closed = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'closed', limit: 5 }))
  await refused('persona-staff', 'cases', 'listQueue', { group: 'open', limit: 5, cursor: closed.nextCursor }, 'cursor', FOREIGN)
  await refused('persona-staff', 'cases', 'listQueue', { limit: 5, cursor: closed.nextCursor }, 'cursor', FOREIGN)
  await refused('persona-staff', 'cases', 'listMine', { limit: 5, cursor: closed.nextCursor }, 'cursor', FOREIGN)
  await refused('persona-staff', 'meetings', 'listAgenda', { limit: 5, cursor: closed.nextCursor }, 'cursor', FOREIGN)
  await refused('persona-staff', 'cases', 'listBoard', { communityId: DEMO_COMMUNITY, limit: 5, cursor: closed.nextCursor }, 'cursor', FOREIGN)
})

it('refuses a cursor that was made up or altered: a bare position, garbage, a position that is not a date', async () => {
  const broken = /^翻页位置无效，请刷新列表后再试$/
  await refused('persona-staff', 'cases', 'listQueue', { limit: 5, cursor: encodeCursor({ key: '2026-01-01T00:00:00.000Z', id: 'case-1' }) }, 'cursor', broken)
  await refused('persona-staff', 'cases', 'listQueue', { limit: 5, cursor: '!!!' }, 'cursor', broken)
  const real = data<CaseList>(await h.call('persona-staff', 'cases', 'listMine', { limit: 1 }))
  const seal = (real.nextCursor ?? 'aaaaaaa.x').slice(0, 8)
  // The seal fits, but what it seals is not a position: the adapter refuses it before any statement runs.
  const answer = await h.call('persona-staff', 'cases', 'listMine', { limit: 5, cursor: `${seal}${encodeCursor({ key: 'zzz', id: 'case-1' })}` })
  expect(answer).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'cursor' })
})

it.each([
  ['0', 0],
  ['101', 101],
  ['-5', -5],
  ['2.5', 2.5],
  ['a string', '20'],
])('refuses a limit of %s', async (_label, limit) => {
  for (const [fn, action, payload] of [
    ['cases', 'listMine', {}],
    ['cases', 'listQueue', { group: 'open' }],
    ['cases', 'listBoard', { communityId: DEMO_COMMUNITY }],
    ['meetings', 'listAgenda', {}],
  ] as const) {
    await refused('persona-staff', fn, action, { ...payload, limit }, 'limit', /^每页条数应(在1到100之间|为整数)$/)
  }
})

it('refuses an urgent filter that is not true or false, and a cursor of the 紧急 tab in another tab', async () => {
  for (const urgent of ['yes', 1, 'true']) {
    await refused('persona-staff', 'cases', 'listQueue', { urgent, limit: 5 }, 'urgent', /^只看紧急格式不对$/)
  }
  const closed = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'closed', limit: 5 }))
  await refused('persona-staff', 'cases', 'listQueue', { group: 'closed', urgent: true, limit: 5, cursor: closed.nextCursor }, 'cursor', FOREIGN)
})

it('refuses a group that does not exist', async () => {
  for (const group of ['urgent', 'all', '', 'OPEN', 42]) {
    await refused('persona-staff', 'cases', 'listQueue', { group, limit: 5 }, 'group', /^分组不在可选范围内$/)
  }
})

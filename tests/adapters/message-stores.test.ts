// The inbox, credit and reminder-ledger stores behave the same on SQLite and on the cloud database
// (the latter through the test double of the wx-server-sdk database API, tests/support/cloud-db-double.ts).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase } from '../../cloudfunctions/src/adapters/sqlite'
import { createSqliteCredits, createSqliteInbox, createSqliteReminderLedger } from '../../cloudfunctions/src/adapters/local/sqlite-message-stores'
import { createCloudCredits, createCloudInbox, createCloudReminderLedger } from '../../cloudfunctions/src/adapters/wechat/cloud-db-message-stores'
import type { CreditStore, InboxStore, ReminderLedger } from '../../src/core/ports/messages'
import { CloudDbDouble } from '../support/cloud-db-double'

interface Stores { inbox: InboxStore; credits: CreditStore; ledger: ReminderLedger; close(): void }

const adapters: [string, () => Stores][] = [
  ['sqlite', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-msg-'))
    const db = openDatabase(path.join(dir, 'test.db'))
    return { inbox: createSqliteInbox(db), credits: createSqliteCredits(db), ledger: createSqliteReminderLedger(db), close: () => { db.close(); fs.rmSync(dir, { recursive: true, force: true }) } }
  }],
  ['cloud-db (test double)', () => {
    const db = new CloudDbDouble()
    return { inbox: createCloudInbox(db), credits: createCloudCredits(db), ledger: createCloudReminderLedger(db), close: () => undefined }
  }],
]

describe.each(adapters)('%s message stores', (_name, make) => {
  let s: Stores
  beforeEach(() => { s = make() })
  afterEach(() => s.close())

  it('counts credits: add, take one at a time, refund, clear', async () => {
    expect(await s.credits.take('u1', 't1')).toBe(false)
    await s.credits.add('u1', 't1', 2)
    await s.credits.add('u1', 't1', 1)
    expect(await s.credits.get('u1', 't1')).toBe(3)
    expect(await s.credits.take('u1', 't1')).toBe(true)
    await s.credits.refund('u1', 't1')
    expect(await s.credits.get('u1', 't1')).toBe(3)
    await s.credits.clear('u1', 't1')
    expect(await s.credits.take('u1', 't1')).toBe(false)
    expect(await s.credits.get('u2', 't1')).toBe(0)
  })

  it('lists a user’s credits by template, and only theirs', async () => {
    expect(await s.credits.listByUser('u1')).toEqual({})
    await s.credits.add('u1', 't1', 2)
    await s.credits.add('u1', 't2', 1)
    await s.credits.add('u2', 't1', 5)
    await s.credits.take('u1', 't2')
    await s.credits.add('u1', 't3', 4)
    await s.credits.clear('u1', 't3')
    expect(await s.credits.listByUser('u1')).toEqual({ t1: 2, t2: 0, t3: 0 })
    expect(await s.credits.listByUser('u2')).toEqual({ t1: 5 })
  })

  it('lists more than a page of templates for one user', async () => {
    for (let i = 0; i < 130; i++) await s.credits.add('u1', `t${String(i).padStart(3, '0')}`, i + 1)
    const all = await s.credits.listByUser('u1')
    expect(Object.keys(all)).toHaveLength(130)
    expect(all.t129).toBe(130)
  })

  it('never takes more credits than there are, even concurrently', async () => {
    await s.credits.add('u1', 't1', 3)
    const taken = await Promise.all(Array.from({ length: 8 }, () => s.credits.take('u1', 't1')))
    expect(taken.filter(Boolean)).toHaveLength(3)
    expect(await s.credits.get('u1', 't1')).toBe(0)
  })

  it('lets exactly one of many concurrent claims win', async () => {
    const wins = await Promise.all(Array.from({ length: 5 }, () => s.ledger.claim('case1', 'dueSoon@x', '2026-01-01T00:00:00Z')))
    expect(wins.filter(Boolean)).toHaveLength(1)
    expect(await s.ledger.claim('case1', 'dueSoon@y', '2026-01-01T00:00:00Z')).toBe(true)
    expect(await s.ledger.claim('case2', 'dueSoon@x', '2026-01-01T00:00:00Z')).toBe(true)
  })

  it('finds a page of ledger entries in one query, and carries a fan-out from plan to done', async () => {
    const at = '2026-01-01T00:00:00.000Z'
    const lease = '2026-01-01T00:02:00.000Z'
    expect(await s.ledger.claim('case1', 'overdue@d1', at, lease)).toBe(true)
    expect(await s.ledger.claim('case2', 'overdue@d1', at, lease)).toBe(true)
    const found = await s.ledger.find([{ caseId: 'case1', stage: 'overdue@d1' }, { caseId: 'case2', stage: 'overdue@d2' }, { caseId: 'case3', stage: 'overdue@d1' }])
    expect(found).toEqual([{ caseId: 'case1', stage: 'overdue@d1', claimedAt: at, done: false, leaseUntil: lease, sent: 0 }])
    expect(await s.ledger.find([])).toEqual([])

    const plan = [
      { id: 'n0', userId: 'u1', kind: 'overdue' as const, caseId: 'case1', title: 't', body: 'b', values: { caseNo: 'SS1' } },
      { id: 'n1', userId: 'u2', kind: 'overdueStaff' as const, caseId: 'case1', title: 't', body: 'b' },
    ]
    await s.ledger.plan('case1', 'overdue@d1', plan)
    await s.ledger.progress('case1', 'overdue@d1', { sent: 1, done: false })
    // Held by its run until the lease ends; then another run may take it over, once.
    expect(await s.ledger.listUnfinished('2026-01-01T00:01:00.000Z', 10)).toEqual([])
    expect(await s.ledger.lease('case1', 'overdue@d1', '2026-01-01T00:01:00.000Z', '2026-01-01T00:03:00.000Z')).toBe(false)
    const later = '2026-01-01T00:05:00.000Z'
    const unfinished = await s.ledger.listUnfinished(later, 10)
    expect(unfinished.map((e) => [e.caseId, e.sent, e.plan])).toEqual([['case1', 1, plan], ['case2', 0, undefined]])
    const takers = await Promise.all([1, 2, 3].map(() => s.ledger.lease('case1', 'overdue@d1', later, '2026-01-01T00:07:00.000Z')))
    expect(takers.filter(Boolean)).toHaveLength(1)
    await s.ledger.progress('case1', 'overdue@d1', { sent: 2, done: true })
    expect(await s.ledger.lease('case1', 'overdue@d1', '2026-01-02T00:00:00.000Z', '2026-01-02T00:02:00.000Z')).toBe(false)
    expect((await s.ledger.listUnfinished('2026-01-02T00:00:00.000Z', 10)).map((e) => e.caseId)).toEqual(['case2'])
    // Handing an entry on: its lease ends now.
    await s.ledger.progress('case2', 'overdue@d1', { sent: 0, done: false, leaseUntil: at })
    expect((await s.ledger.listUnfinished(at, 10)).map((e) => e.caseId)).toEqual(['case2'])
  })

  it('keeps the sweep stages\' cursors between runs', async () => {
    expect(await s.ledger.cursors()).toEqual({})
    await s.ledger.saveCursors({ overdue: 'c1', escalate: 'c2' })
    await s.ledger.saveCursors({ overdue: 'c3', dueSoon: 'c4' })
    expect(await s.ledger.cursors()).toEqual({ overdue: 'c3', dueSoon: 'c4' })
    expect(await s.ledger.listUnfinished('2100-01-01T00:00:00.000Z', 10)).toEqual([])
  })

  it('adds an inbox entry with a known id once', async () => {
    const entry = { id: 'reminder_1', userId: 'u1', kind: 'overdue' as const, caseId: 'c1', title: 't', body: 'b', read: false, createdAt: '2026-01-01T00:00:00.000Z' }
    expect(await s.inbox.add(entry)).toBe(true)
    expect(await s.inbox.add({ ...entry, title: 'again' })).toBe(false)
    expect((await s.inbox.list('u1', 10)).items).toEqual([entry])
  })

  it('pages the inbox newest first and marks read only the owner\'s entries', async () => {
    for (let i = 0; i < 25; i++) {
      await s.inbox.add({ id: `n${String(i).padStart(2, '0')}`, userId: 'u1', kind: 'accepted', caseId: 'c1', title: `第${i}条`, body: 'b', read: false, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() })
    }
    await s.inbox.add({ id: 'other', userId: 'u2', kind: 'urgent', title: 'x', body: 'y', read: false, createdAt: '2026-01-01T00:00:00.000Z' })
    const first = await s.inbox.list('u1', 10)
    const second = await s.inbox.list('u1', 10, first.nextCursor)
    const third = await s.inbox.list('u1', 10, second.nextCursor)
    const ids = [...first.items, ...second.items, ...third.items].map((e) => e.id)
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `n${String(24 - i).padStart(2, '0')}`))
    expect(third.nextCursor).toBeUndefined()
    expect(first.items[0]).toEqual({ id: 'n24', userId: 'u1', kind: 'accepted', caseId: 'c1', title: '第24条', body: 'b', read: false, createdAt: '2026-01-01T00:24:00.000Z' })
    expect(await s.inbox.markRead('u1', ['n24', 'n23', 'other'])).toBe(2)
    expect(await s.inbox.countUnread('u1')).toBe(23)
    expect(await s.inbox.countUnread('u2')).toBe(1)
  })
})

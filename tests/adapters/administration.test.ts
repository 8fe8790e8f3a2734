// AdministrationRepository on both adapters (SQLite, and the cloud-db adapter on the database TEST DOUBLE): invites
// newest first by scope, a redemption happens once (racing ones too), role changes and imports with their audit events.
import type { AuditEvent, Invite } from '../../src/core/domain/accounts'
import type { Repositories } from '../../src/core/ports/repositories'
import type { Community, Street, User } from '../../src/core/domain/directory'
import { closeDatabase, createSqliteRepositories, openDatabase } from '../../cloudfunctions/src/adapters/sqlite'
import { createCloudDbRepositories, COLLECTIONS } from '../../cloudfunctions/src/adapters/cloud-db'
import { CloudDbDouble } from '../support/cloud-db-double'

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1) + minutes * 60_000).toISOString()
const admin = { userId: 'user-admin', name: '吴志刚', role: 'admin' as const }

function invite(code: string, minutes: number, communityId?: string): Invite {
  return { code, role: 'staff', streetId: 'street-1', ...(communityId ? { communityId } : {}), scopeLabel: '红星社区', createdBy: admin, createdAt: at(minutes), expiresAt: at(minutes + 7 * 1440) }
}
function audit(id: string, minutes: number, action: AuditEvent['action'], communityId?: string): AuditEvent {
  return { id, streetId: 'street-1', ...(communityId ? { communityId } : {}), at: at(minutes), action, actor: admin, data: { n: minutes } }
}
const worker: User = { id: 'user-1', openid: 'openid-1', name: '黄丽', role: 'staff', streetId: 'street-1', communityId: 'community-1' }

const adapters: Array<[string, () => { repos: Repositories; close(): void }]> = [
  ['sqlite', () => { const db = openDatabase(':memory:'); return { repos: createSqliteRepositories(db), close: () => closeDatabase(db) } }],
  ['cloud-db (test double)', () => ({ repos: createCloudDbRepositories(new CloudDbDouble()), close: () => undefined })],
]

describe.each(adapters)('%s: administration', (_name, make) => {
  let subject: ReturnType<typeof make>
  let repos: Repositories
  beforeEach(() => { subject = make(); repos = subject.repos })
  afterEach(() => subject.close())

  it('stores invites and lists them newest first, by street or by community', async () => {
    await repos.admin.createInvite(invite('AAA', 1, 'community-1'), audit('e1', 1, 'createInvite', 'community-1'))
    await repos.admin.createInvite(invite('BBB', 2), audit('e2', 2, 'createInvite'))
    await repos.admin.createInvite(invite('CCC', 3, 'community-2'), audit('e3', 3, 'createInvite', 'community-2'))
    await expect(repos.admin.getInvite('AAA')).resolves.toEqual(invite('AAA', 1, 'community-1'))
    await expect(repos.admin.getInvite('ZZZ')).resolves.toBeUndefined()
    expect((await repos.admin.listInvites({ streetId: 'street-1' }, 10)).map((i) => i.code)).toEqual(['CCC', 'BBB', 'AAA'])
    expect((await repos.admin.listInvites({ streetId: 'street-1' }, 2)).map((i) => i.code)).toEqual(['CCC', 'BBB'])
    expect((await repos.admin.listInvites({ streetId: 'street-1', communityId: 'community-1' }, 10)).map((i) => i.code)).toEqual(['AAA'])
    expect((await repos.admin.listAudit({ streetId: 'street-1' }, 10)).map((e) => e.id)).toEqual(['e3', 'e2', 'e1'])
    expect(await repos.admin.listAudit({ streetId: 'street-1', communityId: 'community-2' }, 10)).toEqual([audit('e3', 3, 'createInvite', 'community-2')])
  })

  it('redeems an invite once: the user and the audit event are written with it, a second redemption writes nothing', async () => {
    await repos.admin.createInvite(invite('AAA', 1, 'community-1'), audit('e1', 1, 'createInvite'))
    const redeemed = { userId: worker.id, name: worker.name, at: at(5) }
    await expect(repos.admin.redeemInvite('AAA', redeemed, worker, audit('e2', 5, 'grantRole'))).resolves.toBe(true)
    await expect(repos.admin.getInvite('AAA')).resolves.toEqual({ ...invite('AAA', 1, 'community-1'), redeemed })
    await expect(repos.users.getByOpenid('openid-1')).resolves.toEqual(worker)
    const other = { ...worker, id: 'user-2', openid: 'openid-2' }
    await expect(repos.admin.redeemInvite('AAA', { ...redeemed, userId: 'user-2' }, other, audit('e3', 6, 'grantRole'))).resolves.toBe(false)
    await expect(repos.admin.redeemInvite('NOPE', redeemed, other, audit('e4', 6, 'grantRole'))).resolves.toBe(false)
    await expect(repos.users.get('user-2')).resolves.toBeUndefined()
    expect((await repos.admin.listAudit({ streetId: 'street-1' }, 10)).map((e) => e.id)).toEqual(['e2', 'e1'])
  })

  it('withdraws an unredeemed invite once, and then it cannot be redeemed; a redeemed one cannot be withdrawn', async () => {
    await repos.admin.createInvite(invite('AAA', 1), audit('e1', 1, 'createInvite'))
    await repos.admin.createInvite(invite('BBB', 2), audit('e2', 2, 'createInvite'))
    const withdrawn = { by: admin, at: at(3) }
    await expect(repos.admin.withdrawInvite('AAA', withdrawn, audit('e3', 3, 'withdrawInvite'))).resolves.toBe(true)
    await expect(repos.admin.getInvite('AAA')).resolves.toEqual({ ...invite('AAA', 1), withdrawn })
    await expect(repos.admin.withdrawInvite('AAA', withdrawn, audit('e4', 4, 'withdrawInvite'))).resolves.toBe(false)
    await expect(repos.admin.redeemInvite('AAA', { userId: worker.id, name: worker.name, at: at(5) }, worker, audit('e5', 5, 'grantRole'))).resolves.toBe(false)
    await expect(repos.users.get(worker.id)).resolves.toBeUndefined()
    await repos.admin.redeemInvite('BBB', { userId: worker.id, name: worker.name, at: at(6) }, worker, audit('e6', 6, 'grantRole'))
    await expect(repos.admin.withdrawInvite('BBB', withdrawn, audit('e7', 7, 'withdrawInvite'))).resolves.toBe(false)
    expect((await repos.admin.listAudit({ streetId: 'street-1' }, 10)).map((e) => e.id)).toEqual(['e6', 'e3', 'e2', 'e1'])
  })

  it('lets exactly one of two racing redemptions win', async () => {
    await repos.admin.createInvite(invite('AAA', 1), audit('e1', 1, 'createInvite'))
    const users = [worker, { ...worker, id: 'user-2', openid: 'openid-2' }]
    const outcomes = await Promise.all(users.map((u, i) => repos.admin.redeemInvite('AAA', { userId: u.id, name: u.name, at: at(5) }, u, audit(`g${i}`, 5, 'grantRole'))))
    expect(outcomes.filter(Boolean)).toHaveLength(1)
    const stored = await Promise.all(users.map((u) => repos.users.get(u.id)))
    expect(stored.filter(Boolean)).toHaveLength(1)
  })

  it('replaces or removes a user together with the audit event', async () => {
    await repos.users.upsert(worker)
    const resident: User = { ...worker, role: 'resident', householdId: 'household-1' }
    await repos.admin.changeUser(worker.id, resident, audit('e1', 1, 'revokeRole'))
    await expect(repos.users.get(worker.id)).resolves.toEqual(resident)
    await repos.admin.changeUser(worker.id, undefined, audit('e2', 2, 'revokeRole'))
    await expect(repos.users.get(worker.id)).resolves.toBeUndefined()
    await expect(repos.users.getByOpenid(worker.openid)).resolves.toBeUndefined()
    expect((await repos.admin.listAudit({ streetId: 'street-1' }, 10)).map((e) => e.id)).toEqual(['e2', 'e1'])
  })

  it('imports directory records (new and replaced) with one audit event', async () => {
    const street: Street = { id: 'street-1', name: '胜利街道' }
    const community: Community = { id: 'community-1', streetId: 'street-1', name: '旧名', hotline: '', hall: '', receptionDays: '', dutyRoster: { '1': ['u'] } }
    await repos.directory.upsert('street', street)
    await repos.directory.upsert('community', community)
    await repos.admin.importDirectory([
      { kind: 'community', record: { id: 'community-1', streetId: 'street-1', name: '航空路社区', hotline: '0716-8312345', hall: '', receptionDays: '', dutyRoster: { '1': ['u'] } } },
      { kind: 'grid', record: { id: 'grid-1', communityId: 'community-1', name: '第一网格' } },
      { kind: 'building', record: { id: 'building-1', communityId: 'community-1', gridId: 'grid-1', name: '1栋' } },
      { kind: 'household', record: { id: 'household-1', buildingId: 'building-1', room: '101', headName: '王秀英', phone: '13972100001' } },
      { kind: 'unit', record: { id: 'unit-1', streetId: 'street-1', name: '环卫所', kind: 'sanitation', members: [{ name: '孙强', phone: '13972100031' }] } },
    ], audit('e1', 1, 'importDirectory'))
    await expect(repos.directory.getCommunity('community-1')).resolves.toMatchObject({ name: '航空路社区', dutyRoster: { '1': ['u'] } })
    await expect(repos.directory.listGrids('community-1')).resolves.toEqual([{ id: 'grid-1', communityId: 'community-1', name: '第一网格' }])
    await expect(repos.directory.listHouseholds('building-1')).resolves.toHaveLength(1)
    await expect(repos.directory.getUnit('unit-1')).resolves.toEqual({ id: 'unit-1', streetId: 'street-1', name: '环卫所', kind: 'sanitation', members: [{ name: '孙强', phone: '13972100031' }] })
    expect((await repos.admin.listAudit({ streetId: 'street-1' }, 10)).map((e) => e.action)).toEqual(['importDirectory'])
  })

  it('changes a directory record with its audit event, appends audit events, and stores calendar years by year', async () => {
    const community: Community = { id: 'community-1', streetId: 'street-1', name: '红星社区', hotline: '0791-1', hall: '一楼', receptionDays: '每月5日', dutyRoster: { '1': ['user-1'] } }
    await repos.admin.changeDirectory({ kind: 'community', record: community }, audit('e-edit', 1, 'editCommunity', 'community-1'))
    await expect(repos.directory.getCommunity('community-1')).resolves.toEqual(community)
    await repos.admin.appendAudit(audit('e-export', 2, 'exportLedger', 'community-1'))
    expect((await repos.admin.listAudit({ streetId: 'street-1' }, 10)).map((e) => e.id)).toEqual(['e-export', 'e-edit'])
    await expect(repos.admin.listCalendarYears()).resolves.toEqual([])
    const year2027 = { year: 2027, holidays: ['2027-01-01', '2027-02-08'], workdays: ['2027-02-06'], provisional: false }
    await repos.admin.saveCalendarYear(year2027, audit('e-cal', 3, 'editCalendar'))
    await repos.admin.saveCalendarYear({ year: 2026, holidays: ['2026-01-01'], workdays: [], provisional: false }, audit('e-cal-2', 4, 'editCalendar'))
    await repos.admin.saveCalendarYear({ ...year2027, holidays: ['2027-01-01'] }, audit('e-cal-3', 5, 'editCalendar'))
    expect(await repos.admin.listCalendarYears()).toEqual([
      { year: 2026, holidays: ['2026-01-01'], workdays: [], provisional: false },
      { ...year2027, holidays: ['2027-01-01'] },
    ])
    expect((await repos.admin.listAudit({ streetId: 'street-1' }, 10)).map((e) => e.action)).toEqual(['editCalendar', 'editCalendar', 'editCalendar', 'exportLedger', 'editCommunity'])
  })
})

it('cloud-db: invites and audit events live in their own collections, keyed by code and by event id', async () => {
  const db = new CloudDbDouble()
  const repos = createCloudDbRepositories(db)
  await repos.admin.createInvite(invite('AAA', 1), audit('e1', 1, 'createInvite'))
  expect(db.dump(COLLECTIONS.invites).map((d) => d._id)).toEqual(['AAA'])
  expect(db.dump(COLLECTIONS.auditEvents).map((d) => d._id)).toEqual(['e1'])
})

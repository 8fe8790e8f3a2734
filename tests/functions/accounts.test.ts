// Workers' accounts by invite: who may invite whom where (the permission matrix), redeeming once, expired, used and
// forged codes, revoking, and the audit trail of every grant and revocation.
import { createHarness, data, type Harness } from '../support/local-harness'
import type { InviteView } from '../../src/core/application/accounts/present-invite'
import type { WorkerView } from '../../src/core/application/accounts/list-workers'
import type { Community, Grid, Unit } from '../../src/core/domain/directory'

let h: Harness
beforeEach(async () => {
  h = await createHarness('2026-12-01T02:00:00Z')
  const { directory, users } = h.runtime.deps.repos
  // A second community with its own grid, a community-level unit there, and its staff member.
  const community: Community = { id: 'community-hongxing', streetId: 'street-shengli', name: '红星社区', hotline: '', hall: '', receptionDays: '' }
  const grid: Grid = { id: 'grid-hx-1', communityId: 'community-hongxing', name: '红星第一网格' }
  const unit: Unit = { id: 'unit-hx-property', streetId: 'street-shengli', communityId: 'community-hongxing', name: '红星物业', kind: 'property' }
  await directory.upsert('community', community)
  await directory.upsert('grid', grid)
  await directory.upsert('unit', unit)
  await users.upsert({ id: 'user-staff-hx', openid: 'staff-hx', name: '何芳', role: 'staff', streetId: 'street-shengli', communityId: 'community-hongxing' })
})
afterEach(() => h.close())

const invite = async (as: string, payload: Record<string, unknown>) => h.call<InviteView>(as, 'identity', 'createInvite', payload)
const redeem = (openid: string, code: string, name = '新同事') => h.call(openid, 'identity', 'redeemInvite', { code, name })

describe('the permission matrix of invites', () => {
  // [who, role, scope, allowed]
  const cases: Array<[string, string, Record<string, string>, boolean]> = [
    ['persona-admin', 'admin', {}, true],
    ['persona-admin', 'staff', { communityId: 'community-hongxing' }, true],
    ['persona-admin', 'supervisor', { communityId: 'community-hangkonglu' }, true],
    ['persona-admin', 'gridWorker', { communityId: 'community-hongxing', gridId: 'grid-hx-1' }, true],
    ['persona-admin', 'handler', { unitId: 'unit-sanitation' }, true],
    ['persona-staff', 'staff', { communityId: 'community-hangkonglu' }, true],
    ['persona-staff', 'supervisor', { communityId: 'community-hangkonglu' }, true],
    ['persona-staff', 'gridWorker', { gridId: 'grid-2' }, true],
    ['persona-staff', 'handler', { unitId: 'unit-property' }, true],
    ['persona-staff', 'admin', {}, false],
    ['persona-staff', 'staff', { communityId: 'community-hongxing' }, false],
    ['persona-staff', 'gridWorker', { communityId: 'community-hongxing', gridId: 'grid-hx-1' }, false],
    ['persona-staff', 'handler', { unitId: 'unit-sanitation' }, false],
    ['persona-staff', 'handler', { unitId: 'unit-hx-property' }, false],
    ['staff-hx', 'handler', { unitId: 'unit-hx-property' }, true],
    ['staff-hx', 'supervisor', { communityId: 'community-hangkonglu' }, false],
    ['persona-grid', 'gridWorker', { gridId: 'grid-1' }, false],
    ['persona-supervisor', 'supervisor', { communityId: 'community-hangkonglu' }, false],
    ['persona-handler', 'handler', { unitId: 'unit-sanitation' }, false],
    ['persona-resident', 'staff', { communityId: 'community-hangkonglu' }, false],
  ]
  it.each(cases)('%s inviting %s %j: allowed %s', async (as, role, scope, allowed) => {
    const answer = await invite(as, { role, ...scope })
    if (allowed) expect(answer).toMatchObject({ ok: true, data: { role, state: 'pending' } })
    else expect(answer).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('refuses a scope that does not exist or is missing', async () => {
    expect(await invite('persona-admin', { role: 'gridWorker', communityId: 'community-hangkonglu', gridId: 'grid-hx-1' })).toMatchObject({ ok: false, code: 'NOT_FOUND', field: 'gridId' })
    expect(await invite('persona-admin', { role: 'handler', unitId: 'unit-nope' })).toMatchObject({ ok: false, code: 'NOT_FOUND', field: 'unitId' })
    expect(await invite('persona-admin', { role: 'staff' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'communityId' })
    expect(await invite('persona-admin', { role: 'resident', communityId: 'community-hangkonglu' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'role' })
    expect(await invite('persona-admin', { role: 'staff', communityId: 'community-hangkonglu', days: 31 })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'days' })
  })
})

describe('redeeming', () => {
  it('makes a newcomer a handler of the unit, once; the invite shows who took it', async () => {
    const created = data(await invite('persona-admin', { role: 'handler', unitId: 'unit-sanitation', forName: '马丽' }))
    expect(created).toMatchObject({ roleLabel: '承办单位', scopeLabel: '胜利街道环卫所', expiresAt: '2026-12-08T02:00:00.000Z', path: `packages/admin/redeem/index?code=${created.code}` })
    expect(created.code).toMatch(/^[0-9A-F]{12}$/)
    expect(created.displayCode).toBe(created.code.replace(/(.{4})(?=.)/g, '$1-'))
    expect(await h.call('openid-mali', 'identity', 'whoami', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    // typed in lower case with dashes
    expect(await h.call('openid-mali', 'identity', 'redeemInvite', { code: created.displayCode.toLowerCase() })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'name' })
    expect(await redeem('openid-mali', created.displayCode.toLowerCase(), '马丽')).toMatchObject({ ok: true, data: { name: '马丽', role: 'handler', roleLabel: '承办单位', scopeLabel: '胜利街道环卫所' } })
    expect(data(await h.call('openid-mali', 'identity', 'whoami', {}))).toMatchObject({ user: { name: '马丽', role: 'handler', unitId: 'unit-sanitation', streetId: 'street-shengli' } })
    expect(await h.call('openid-mali', 'cases', 'listQueue', {})).toMatchObject({ ok: true })
    expect(await redeem('openid-other', created.code)).toMatchObject({ ok: false, code: 'INVITE_NOT_USABLE', message: '这个邀请已被使用，每个邀请只能用一次' })
    const [listed] = data(await h.call<InviteView[]>('persona-admin', 'identity', 'listInvites', {}))
    expect(listed).toMatchObject({ code: created.code, state: 'redeemed', stateLabel: '已领取', redeemed: { name: '马丽' } })
  })

  it('refuses an expired or forged code, and someone who is already a worker', async () => {
    const created = data(await invite('persona-staff', { role: 'supervisor', communityId: 'community-hangkonglu', days: 1 }))
    expect(await redeem('openid-x', 'ABCDEF123456')).toMatchObject({ ok: false, code: 'INVITE_NOT_USABLE', message: '找不到这个邀请码，请核对后再输入' })
    expect(await redeem('persona-grid', created.code)).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '您已是网格员，请先由管理员撤销原有身份再领取' })
    h.clock.advanceDays(1)
    expect(await redeem('openid-x', created.code)).toMatchObject({ ok: false, code: 'INVITE_NOT_USABLE', message: '这个邀请已过期，请联系邀请您的人重新邀请' })
    expect(data(await h.call<InviteView[]>('persona-staff', 'identity', 'listInvites', {}))[0]).toMatchObject({ state: 'expired' })
  })

  it('turns a registered resident into a grid worker, keeping their name, phone and household', async () => {
    const created = data(await invite('persona-staff', { role: 'gridWorker', gridId: 'grid-2' }))
    expect(data(await redeem('persona-resident', created.code, 'ignored'))).toMatchObject({ name: '王秀英', role: 'gridWorker' })
    expect(await h.runtime.deps.repos.users.get('user-wang')).toEqual({
      id: 'user-wang', openid: 'persona-resident', name: '王秀英', phone: '13972100001', role: 'gridWorker', streetId: 'street-shengli', communityId: 'community-hangkonglu', gridIds: ['grid-2'], householdId: 'household-101',
    })
  })
})

describe('workers and revoking', () => {
  const workers = async (as: string) => data(await h.call<WorkerView[]>(as, 'identity', 'listWorkers', {}))

  it('lists the street’s workers for an admin and the community’s for staff, phones masked', async () => {
    const all = await workers('persona-admin')
    expect(all.map((w) => w.name)).toEqual(expect.arrayContaining(['赵敏', '陈静', '李娟', '何芳', '孙强', '周国平', '吴志刚']))
    expect(all.find((w) => w.name === '赵敏')).toEqual({ userId: 'user-grid-zhao', name: '赵敏', phone: '139****0011', role: 'gridWorker', roleLabel: '网格员', scopeLabel: '航空路社区 · 第一网格（航空路小区）', revocable: true })
    expect(all.find((w) => w.name === '吴志刚')).toMatchObject({ scopeLabel: '街道', revocable: false })
    const mine = await workers('persona-staff')
    expect(mine.map((w) => w.name).sort()).toEqual(['周国平', '李娟', '赵敏', '陈静'].sort())
    expect(mine.find((w) => w.name === '陈静')).toMatchObject({ revocable: false })
    expect(mine.find((w) => w.name === '李娟')).toMatchObject({ revocable: true })
    for (const as of ['persona-resident', 'persona-grid', 'persona-handler', 'persona-supervisor']) {
      expect(await h.call(as, 'identity', 'listWorkers', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await h.call(as, 'identity', 'listInvites', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
  })

  it('lets staff revoke only their own community’s workers, never admins or themselves; admins anyone but themselves', async () => {
    const revoke = (as: string, userId: string) => h.call(as, 'identity', 'revokeRole', { userId })
    expect(await revoke('persona-staff', 'user-admin-wu')).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await revoke('persona-staff', 'user-staff-hx')).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await revoke('persona-staff', 'user-handler-sun')).toMatchObject({ ok: false, code: 'FORBIDDEN' }) // street-level unit
    expect(await revoke('persona-staff', 'user-staff-chen')).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '不能撤销自己的身份' })
    expect(await revoke('persona-staff', 'user-wang')).toMatchObject({ ok: false, code: 'FORBIDDEN' }) // a resident has no role to revoke
    expect(await revoke('persona-grid', 'user-staff-li')).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await revoke('persona-admin', 'user-nope')).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await revoke('persona-admin', 'user-admin-wu')).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    expect(await revoke('persona-staff', 'user-staff-li')).toEqual({ ok: true, data: { userId: 'user-staff-li', role: null } })
    expect(await h.call('demo-staff-li', 'identity', 'whoami', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(await revoke('persona-admin', 'user-handler-sun')).toEqual({ ok: true, data: { userId: 'user-handler-sun', role: null } })
  })

  it('makes a revoked worker with a registered household a resident again, and may invite them anew', async () => {
    const created = data(await invite('persona-staff', { role: 'gridWorker', gridId: 'grid-2' }))
    await redeem('persona-resident', created.code)
    expect(await h.call('persona-staff', 'identity', 'revokeRole', { userId: 'user-wang', note: '调岗' })).toEqual({ ok: true, data: { userId: 'user-wang', role: 'resident' } })
    expect(await h.runtime.deps.repos.users.get('user-wang')).toEqual({ id: 'user-wang', openid: 'persona-resident', name: '王秀英', phone: '13972100001', role: 'resident', streetId: 'street-shengli', communityId: 'community-hangkonglu', householdId: 'household-101' })
    const again = data(await invite('persona-admin', { role: 'supervisor', communityId: 'community-hangkonglu' }))
    expect(data(await redeem('persona-resident', again.code))).toMatchObject({ role: 'supervisor' })
  })

  it('records every invite, grant and revocation: who, when, what, whom', async () => {
    const created = data(await invite('persona-staff', { role: 'staff', communityId: 'community-hangkonglu' }))
    h.clock.advanceDays(1)
    await redeem('openid-new', created.code, '黄丽')
    const userId = data(await h.call('openid-new', 'identity', 'whoami', {})).user.userId
    h.clock.advanceDays(1)
    await h.call('persona-admin', 'identity', 'revokeRole', { userId, note: '离职' })
    const events = await h.runtime.deps.repos.admin.listAudit({ streetId: 'street-shengli', communityId: 'community-hangkonglu' }, 10)
    expect(events.map((e) => [e.action, e.actor.name, e.subject?.name, e.at])).toEqual([
      ['revokeRole', '吴志刚', '黄丽', '2026-12-03T02:00:00.000Z'],
      ['grantRole', '陈静', '黄丽', '2026-12-02T02:00:00.000Z'],
      ['createInvite', '陈静', undefined, '2026-12-01T02:00:00.000Z'],
    ])
    expect(events[0].data).toMatchObject({ role: 'staff', communityId: 'community-hangkonglu', becomes: null, note: '离职' })
    expect(events[1].data).toMatchObject({ code: created.code, role: 'staff', scopeLabel: '航空路社区', previousRole: null })
  })
})

it('offers each manager only the roles and places they may invite to', async () => {
  const admin = data(await h.call('persona-admin', 'identity', 'listInviteChoices', {}))
  expect(admin.roles.map((r: { label: string }) => r.label)).toEqual(['网格员', '社区工作人员', '承办单位', '督办组', '街道管理员'])
  expect(admin.communities.map((c: { name: string }) => c.name).sort()).toEqual(['红星社区', '航空路社区'])
  expect(admin.units.length).toBe(6)
  const staff = data(await h.call('persona-staff', 'identity', 'listInviteChoices', {}))
  expect(staff.roles.map((r: { role: string }) => r.role)).toEqual(['gridWorker', 'staff', 'handler', 'supervisor'])
  expect(staff.communities).toEqual([{ id: 'community-hangkonglu', name: '航空路社区', grids: [{ id: 'grid-1', name: '第一网格（航空路小区）' }, { id: 'grid-2', name: '第二网格（红星路片区）' }] }])
  expect(staff.units.map((u: { id: string }) => u.id).sort()).toEqual(['unit-committee', 'unit-property'])
  expect(await h.call('persona-grid', 'identity', 'listInviteChoices', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
})

it('shows the audit trail to admins (the street) and staff (their community) only', async () => {
  const staffInvite = data(await invite('persona-staff', { role: 'supervisor', communityId: 'community-hangkonglu' }))
  h.clock.advanceDays(1) // newest first: a later instant, not the order of random ids
  await invite('staff-hx', { role: 'gridWorker', gridId: 'grid-hx-1' })
  const admin = data(await h.call('persona-admin', 'identity', 'listAudit', {}))
  expect(admin.map((e: { actionLabel: string; actor: { name: string } }) => [e.actionLabel, e.actor.name])).toEqual([['发出邀请', '何芳'], ['发出邀请', '陈静']])
  const staff = data(await h.call('persona-staff', 'identity', 'listAudit', { limit: 10 }))
  expect(staff).toHaveLength(1)
  expect(staff[0]).toMatchObject({ action: 'createInvite', data: { code: staffInvite.code, role: 'supervisor' } })
  for (const as of ['persona-resident', 'persona-grid', 'persona-handler', 'persona-supervisor']) {
    expect(await h.call(as, 'identity', 'listAudit', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  }
})

it('withdraws a pending invite (its creator, the admin, staff of its community), which then cannot be redeemed', async () => {
  const mine = data(await invite('persona-staff', { role: 'supervisor', communityId: 'community-hangkonglu' }))
  expect(await h.call('staff-hx', 'identity', 'withdrawInvite', { code: mine.code })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  expect(await h.call('persona-grid', 'identity', 'withdrawInvite', { code: mine.code })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  expect(await h.call('persona-staff', 'identity', 'withdrawInvite', { code: 'ABCDEF123456' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  h.clock.advanceDays(1)
  expect(await h.call('persona-staff', 'identity', 'withdrawInvite', { code: mine.displayCode })).toMatchObject({ ok: true, data: { state: 'withdrawn', stateLabel: '已撤回', withdrawn: { by: { name: '陈静' } } } })
  expect(await redeem('openid-late', mine.code)).toMatchObject({ ok: false, code: 'INVITE_NOT_USABLE', message: '这个邀请已撤回，请联系邀请您的人' })
  expect(await h.call('persona-admin', 'identity', 'withdrawInvite', { code: mine.code })).toMatchObject({ ok: false, code: 'INVITE_NOT_USABLE', message: '这个邀请已撤回' })

  const taken = data(await invite('persona-admin', { role: 'handler', unitId: 'unit-sanitation' }))
  await redeem('openid-taker', taken.code)
  expect(await h.call('persona-admin', 'identity', 'withdrawInvite', { code: taken.code })).toMatchObject({ ok: false, code: 'INVITE_NOT_USABLE', message: '这个邀请已被领取，不能撤回；如需取消，请撤销此人的身份' })
  const events = await h.runtime.deps.repos.admin.listAudit({ streetId: 'street-shengli', communityId: 'community-hangkonglu' }, 10)
  expect(events.map((e) => e.action)).toEqual(['withdrawInvite', 'createInvite'])
})

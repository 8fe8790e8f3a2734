// Every action checks role and scope; personal data is masked for those who do not handle the case.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import type { CaseView, CaseDetail, CaseList } from '../../src/core/contracts/views'
import type { Community } from '../../src/core/domain/directory'

let h: Harness
beforeEach(async () => {
  h = await createHarness()
  const repos = h.runtime.deps.repos
  const other: Community = { id: 'community-other', streetId: 'street-shengli', name: '红门路社区', hotline: '1', hall: '1', receptionDays: '1' }
  await repos.directory.upsert('community', other)
  await repos.users.upsert({ id: 'user-staff-other', openid: 'persona-staff-other', name: '刘芳', role: 'staff', streetId: 'street-shengli', communityId: 'community-other' })
  await repos.users.upsert({ id: 'user-resident-2', openid: 'persona-resident-2', name: '李建国', role: 'resident', streetId: 'street-shengli', communityId: 'community-hangkonglu', householdId: 'household-202' })
})
afterEach(() => h.close())

async function submit() {
  return data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '楼上天天半夜拖椅子，吵得睡不着', channel: 'self', idempotencyKey: key() }))
}

it('hides a case from another community and from other residents', async () => {
  const c = await submit()
  for (const as of ['persona-staff-other', 'persona-resident-2']) {
    expect(await h.call(as, 'cases', 'get', { caseId: c.id })).toMatchObject({ ok: false, code: 'CASE_NOT_FOUND' })
    expect(await h.call(as, 'cases', 'triage', { caseId: c.id, version: 1, category: 'dispute', urgency: 'normal' })).toMatchObject({ ok: false, code: 'CASE_NOT_FOUND' })
  }
  const before = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id }))
  expect(before.timeline).toHaveLength(1)
})

it('refuses actions outside the role, even in scope', async () => {
  const c = await submit()
  expect(await h.call('persona-resident', 'cases', 'triage', { caseId: c.id, version: 1, category: 'dispute', urgency: 'normal' })).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '您没有权限进行这项操作' })
  expect(await h.call('persona-supervisor', 'cases', 'triage', { caseId: c.id, version: 1, category: 'dispute', urgency: 'normal' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  expect(await h.call('persona-staff', 'cases', 'accept', { caseId: c.id, version: 1 })).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' })
})

it('takes the caller from the session, never from the payload', async () => {
  const c = data<CaseView>(await h.call('persona-resident-2', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '噪音扰民', channel: 'self', idempotencyKey: key(), petitionerUserId: 'user-wang', submittedBy: 'user-wang' }))
  expect(c.petitioner.userId).toBe('user-resident-2')
  expect(c.submittedBy).toBe('user-resident-2')
  expect(await h.call(undefined, 'cases', 'listMine', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  expect(await h.call('nobody', 'identity', 'whoami', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
})

it('masks name, phone and room for the supervision group, not for staff', async () => {
  const c = await submit()
  const staffView = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id }))
  expect(staffView.case.petitioner).toMatchObject({ name: '王秀英', phone: '13972100001', room: '航空路小区1栋1单元101' })
  const supervisorView = data<CaseDetail>(await h.call('persona-supervisor', 'cases', 'get', { caseId: c.id }))
  expect(supervisorView.case.petitioner).toEqual({ name: '王**', phone: '139****0001', room: '航空路小区1栋****' })
  expect(supervisorView.timeline[0].actorName).toBe('王**')
  const queue = data<CaseList>(await h.call('persona-supervisor', 'cases', 'listQueue', { group: 'open' }))
  expect(queue.items[0].petitionerName).toBe('王**')
  const staffQueue = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'open' }))
  expect(staffQueue.items[0].petitionerName).toBe('王秀英')
})

it('shows each role its own queue', async () => {
  const c = await submit()
  expect(data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'awaitingStaff' })).items.map((i) => i.id)).toEqual([c.id])
  expect(data<CaseList>(await h.call('persona-grid', 'cases', 'listQueue', {})).items.map((i) => i.id)).toEqual([c.id])
  expect(data<CaseList>(await h.call('persona-handler', 'cases', 'listQueue', {})).items).toEqual([])
  expect(data<CaseList>(await h.call('persona-staff-other', 'cases', 'listQueue', {})).items).toEqual([])
  expect(await h.call('persona-resident', 'cases', 'listQueue', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  const staffItem = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', {})).items[0]
  const staffCase = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: staffItem.id })).case
  expect(staffCase.allowedActions.sort()).toEqual(['mergeDuplicate', 'refer', 'resolveOnSpot', 'triage'])
})

it('lets a grid worker register door to door for a resident, and staff a walk-in', async () => {
  const door = data<CaseView>(await h.call('persona-grid', 'cases', 'submit', { communityId: 'community-hangkonglu', channel: 'doorToDoor', text: '独居老人张桂兰家里冇得人照看', petitioner: { name: '张桂兰', phone: '13972100003' }, householdId: 'household-301', idempotencyKey: key() }))
  expect(door).toMatchObject({ channel: 'doorToDoor', submittedBy: 'user-grid-zhao', gridId: 'grid-1', petitioner: { name: '张桂兰', room: '航空路小区2栋1单元301' } })
  expect(await h.call('persona-grid', 'cases', 'submit', { communityId: 'community-hangkonglu', channel: 'doorToDoor', text: '路灯坏了', idempotencyKey: key() })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'petitioner' })
  expect(await h.call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', channel: 'phone', text: '路灯坏了', idempotencyKey: key() })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  const walkIn = data<CaseView>(await h.call('persona-staff', 'cases', 'submit', { communityId: 'community-hangkonglu', channel: 'walkIn', text: '来说事厅反映广场舞噪音', petitioner: { name: '李建国' }, idempotencyKey: key() }))
  expect(walkIn.caseNo).toBe('SS202611300002')
})

it('registers a new WeChat user as a resident, once, and only from their own OPENID', async () => {
  expect(await h.call('wx-openid-new', 'cases', 'listMine', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  expect(await h.call('wx-openid-new', 'identity', 'register', { communityId: 'community-nowhere', name: '赵大爷' })).toMatchObject({ ok: false, code: 'NOT_FOUND', field: 'communityId' })
  expect(await h.call('wx-openid-new', 'identity', 'register', { communityId: 'community-hangkonglu', name: '赵大爷', phone: '123', privacyConsent: true })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'phone' })
  const first = data<{ userId: string; role: string }>(await h.call('wx-openid-new', 'identity', 'register', { communityId: 'community-hangkonglu', name: '赵大爷', householdId: 'household-502', privacyConsent: true }))
  expect(first.role).toBe('resident')
  const again = data<{ userId: string }>(await h.call('wx-openid-new', 'identity', 'register', { communityId: 'community-hangkonglu', name: '别的名字' }))
  expect(again.userId).toBe(first.userId)
  const c = data<CaseView>(await h.call('wx-openid-new', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '楼下路灯坏了', channel: 'self', idempotencyKey: key() }))
  expect(c.petitioner).toMatchObject({ userId: first.userId, name: '赵大爷', room: '红星路8号3栋1单元502' })
  expect(c.gridId).toBe('grid-2')
  // Registering never upgrades anyone: a staff member calling it stays staff.
  expect(data<{ role: string }>(await h.call('persona-staff', 'identity', 'register', { communityId: 'community-hangkonglu', name: 'x' })).role).toBe('staff')
  expect(await h.call(undefined, 'identity', 'register', { communityId: 'community-hangkonglu', name: '无名' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
})

it('keeps an admin to the communities of their own street', async () => {
  const repos = h.runtime.deps.repos
  const far: Community = { id: 'community-far', streetId: 'street-other', name: '远方社区', hotline: '1', hall: '1', receptionDays: '1' }
  await repos.directory.upsert('community', far)
  expect(await h.call('persona-admin', 'cases', 'submit', { communityId: 'community-far', channel: 'phone', text: '电话反映路灯坏了', petitioner: { name: '张三' }, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  expect(await h.call('persona-admin', 'cases', 'submit', { communityId: 'community-hangkonglu', channel: 'phone', text: '电话反映路灯坏了', petitioner: { name: '张三' }, idempotencyKey: key() })).toMatchObject({ ok: true })
})

it('pins at most five urgent cases, shows none twice, and lists them all under 紧急', async () => {
  const urgentIds: string[] = []
  for (let i = 0; i < 7; i++) {
    h.clock.advanceDays(0.01)
    const c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text: `${i + 1}单元楼道里一股煤气味，好像漏气了`, channel: 'self', idempotencyKey: key() }))
    expect(c.urgency).toBe('urgent')
    urgentIds.unshift(c.id)
  }
  h.clock.advanceDays(0.01)
  const plain = await submit()
  const queue = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', {}))
  expect(queue.urgent?.map((c) => c.id)).toEqual(urgentIds.slice(0, 5))
  expect(queue.moreUrgent).toBe(true)
  expect(queue.items.slice(0, 3).map((c) => c.id)).toEqual([plain.id, ...urgentIds.slice(5)])
  expect(queue.items.map((c) => c.id)).not.toContain(urgentIds[0])
  const first = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { urgent: true, limit: 4 }))
  expect(first.urgent).toBeUndefined()
  const rest = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { urgent: true, limit: 4, cursor: first.nextCursor }))
  expect([...first.items, ...rest.items].map((c) => c.id)).toEqual(urgentIds)
  expect(rest.nextCursor).toBeUndefined()
  expect(data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'closed', urgent: true })).items).toEqual([])
  expect(data<CaseList>(await h.call('persona-staff-other', 'cases', 'listQueue', { urgent: true })).items).toEqual([])
  const handler = data<CaseList>(await h.call('persona-handler', 'cases', 'listQueue', {}))
  expect(handler.moreUrgent).toBeUndefined()
})

it('lists communities, buildings and rooms for registration, without household names', async () => {
  const list = data<{ id: string; name: string; streetName: string; buildings: { name: string; households: Record<string, string>[] }[] }[]>(await h.call('wx-openid-guest', 'identity', 'listCommunities', {}))
  const home = list.find((c) => c.id === 'community-hangkonglu')!
  expect(home).toMatchObject({ name: '航空路社区', streetName: '荆州市沙市区胜利街道' })
  expect(home.buildings[0]).toEqual({ id: 'building-1', name: '航空路小区1栋', households: [{ id: 'household-101', room: '1单元101' }, { id: 'household-202', room: '2单元202' }] })
  expect(JSON.stringify(list)).not.toContain('王秀英')
  expect(await h.call('wx-openid-guest', 'identity', 'whoami', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
})

it('pins open urgent cases on top of the first page of a work queue', async () => {
  const plain = await submit()
  h.clock.advanceDays(0.01) // a later report: the queue is newest first
  const urgent = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '楼道里一股煤气味，好像漏气了', channel: 'self', idempotencyKey: key() }))
  expect(urgent.urgency).toBe('urgent')
  const queue = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'awaitingStaff', limit: 1 }))
  expect(queue.urgent?.map((c) => c.id)).toEqual([urgent.id])
  const next = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'awaitingStaff', limit: 1, cursor: queue.nextCursor }))
  expect(next.items.map((c) => c.id)).toEqual([plain.id])
  expect(next.urgent).toBeUndefined()
  expect(data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'closed' })).urgent).toBeUndefined()
  expect(data<CaseList>(await h.call('persona-staff-other', 'cases', 'listQueue', {})).urgent).toEqual([])
})

// A case typed in for a registered resident (same household, or the typed phone, in the same community) is theirs:
// it shows in their 我的说事, they hear its notices and rate it themselves — no 回访 is offered or asked for.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { act, DEMO_COMMUNITY } from '../support/case-steps'
import type { CaseList, CaseView } from '../../src/core/contracts/views'
import type { Community } from '../../src/core/domain/directory'

let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())

async function typedIn(as: string, channel: string, petitioner: Record<string, string>, householdId?: string) {
  return data<CaseView>(await h.call(as, 'cases', 'submit', { communityId: DEMO_COMMUNITY, channel, text: '楼道的灯坏了一个星期', petitioner, ...(householdId ? { householdId } : {}), idempotencyKey: key() }))
}

it('links a door-to-door case to the resident registered in that household, who follows and rates it', async () => {
  let c = await typedIn('persona-grid', 'doorToDoor', { name: '王秀英' }, 'household-101')
  expect(c.petitioner).toMatchObject({ userId: 'user-wang', name: '王秀英', room: '航空路小区1栋1单元101' })
  expect(c.submittedBy).toBe('user-grid-zhao')
  const mine = data<CaseList>(await h.call('persona-resident', 'cases', 'listMine', {}))
  expect(mine.items.map((i) => i.id)).toEqual([c.id])
  expect(data<CaseList>(await h.call('persona-grid', 'cases', 'listMine', {})).items.map((i) => i.id)).toEqual([c.id])

  c = await act(h, 'persona-staff', 'triage', c, { category: 'facility', urgency: 'normal' })
  expect(h.notices('user-wang').map((n) => n.kind)).toEqual(['accepted'])
  c = await act(h, 'persona-grid', 'resolveOnSpot', c, { result: '已换灯泡' })
  c = await act(h, 'persona-staff', 'publish', c, { publishedResult: '楼道灯已修好' })
  expect(c.allowedActions).not.toContain('recordFollowUp')
  expect(h.notices('user-grid-zhao').map((n) => n.kind)).not.toContain('followUpDue')
  c = await act(h, 'persona-resident', 'rate', c, { rating: 'satisfied' })
  expect(c).toMatchObject({ status: 'rated', rating: { value: 'satisfied' } })
})

it('links a phone report by the typed phone, spaces and dashes aside', async () => {
  const c = await typedIn('persona-staff', 'phone', { name: '王阿姨', phone: '139-7210 0001' })
  expect(c.petitioner).toMatchObject({ userId: 'user-wang', name: '王阿姨', phone: '139-7210 0001' })
})

it('links nobody when no resident matches, or the match lives in another community', async () => {
  const repos = h.runtime.deps.repos
  const other: Community = { id: 'community-other', streetId: 'street-shengli', name: '红门路社区', hotline: '1', hall: '1', receptionDays: '1' }
  await repos.directory.upsert('community', other)
  await repos.users.upsert({ id: 'user-far', openid: 'persona-far', name: '赵大爷', phone: '13972100099', role: 'resident', streetId: 'street-shengli', communityId: other.id })
  await repos.users.upsert({ id: 'user-staff-phone', openid: 'persona-staff-phone', name: '钱工', phone: '13972100088', role: 'staff', streetId: 'street-shengli', communityId: DEMO_COMMUNITY })

  expect((await typedIn('persona-grid', 'doorToDoor', { name: '张桂兰', phone: '13972100003' }, 'household-301')).petitioner.userId).toBeUndefined()
  expect((await typedIn('persona-staff', 'walkIn', { name: '赵大爷', phone: '13972100099' })).petitioner.userId).toBeUndefined()
  expect((await typedIn('persona-staff', 'walkIn', { name: '钱工', phone: '13972100088' })).petitioner.userId).toBeUndefined() // not a resident
  expect((await typedIn('persona-staff', 'suggestionBox', { name: '匿名' })).petitioner.userId).toBeUndefined()
})

it('picks, among residents of one household, the one the typed phone or name matches', async () => {
  const repos = h.runtime.deps.repos
  await repos.users.upsert({ id: 'user-li-a', openid: 'persona-li-a', name: '李建国', phone: '13972100002', role: 'resident', streetId: 'street-shengli', communityId: DEMO_COMMUNITY, householdId: 'household-202' })
  await repos.users.upsert({ id: 'user-li-0', openid: 'persona-li-0', name: '周玉兰', phone: '13972100077', role: 'resident', streetId: 'street-shengli', communityId: DEMO_COMMUNITY, householdId: 'household-202' })
  expect((await typedIn('persona-grid', 'doorToDoor', { name: '李建国' }, 'household-202')).petitioner.userId).toBe('user-li-a')
  expect((await typedIn('persona-grid', 'doorToDoor', { name: '李师傅', phone: '13972100077' }, 'household-202')).petitioner.userId).toBe('user-li-0')
  expect((await typedIn('persona-grid', 'doorToDoor', { name: '李家' }, 'household-202')).petitioner.userId).toBe('user-li-0') // lowest id
})

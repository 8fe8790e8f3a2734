// 合并候选 (cases.listSimilar) and the 已合并 notice to the petitioner of a merged case.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { DEMO_COMMUNITY, residentReports } from '../support/case-steps'
import type { CaseView, SimilarCaseView } from '../../src/core/contracts/views'
import type { Community } from '../../src/core/domain/directory'

let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())

async function submit(text: string) {
  h.clock.set(new Date(h.clock.now().getTime() + 60_000)) // one minute apart: newest first is well defined
  return residentReports(h, text)
}
async function similar(as: string, caseId: string) {
  return h.call<{ items: SimilarCaseView[] }>(as, 'cases', 'listSimilar', { caseId })
}

it('ranks the open cases of the community by how alike they read, best first, at most 5, only alike ones', async () => {
  const target = await submit('航空路小区1栋楼道垃圾三天没人清理')
  const near = await submit('1栋楼道里的垃圾三天没人清理了')
  const some = await submit('小区垃圾桶满了没人清理')
  const unrelated = await submit('2栋门口的路灯不亮')
  const piles = []
  for (let i = 0; i < 5; i++) piles.push(await submit(`第${i + 1}栋楼道垃圾堆着`))
  const done = await submit('1栋楼道垃圾三天没人清理了呀')
  await h.call('persona-staff', 'cases', 'refer', { caseId: done.id, version: 1, to: '城管', reason: '测试' }) // closed: not a candidate

  const answer = data(await similar('persona-staff', target.id))
  expect(answer.items).toHaveLength(5)
  expect(answer.items[0]).toMatchObject({ id: near.id, statusLabel: '待受理', allowedActions: expect.any(Array) })
  const scores = answer.items.map((c) => c.similarity)
  expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  for (const score of scores) {
    expect(score).toBeGreaterThan(0)
    expect(score).toBeLessThanOrEqual(1)
    expect(Math.round(score * 100) / 100).toBe(score)
  }
  const ids = answer.items.map((c) => c.id)
  expect(ids).not.toContain(target.id)
  expect(ids).not.toContain(done.id)
  expect(ids).not.toContain(unrelated.id)
  // Dice over distinct bigrams: near 20/30, 第1栋… 10/24, some 10/26, 第5栋… and 第4栋… 8/24 (ties: newest first).
  expect(answer.items.map((c) => [c.id, c.similarity])).toEqual([[near.id, 0.67], [piles[0].id, 0.42], [some.id, 0.38], [piles[4].id, 0.33], [piles[3].id, 0.33]])
})

it('falls back to the 5 newest open cases with similarity 0 when none reads alike', async () => {
  const target = await submit('噪音扰民')
  const others = []
  for (let i = 0; i < 6; i++) others.push(await submit(`${i + 1}号路灯坏了`))
  const answer = data(await similar('persona-admin', target.id))
  expect(answer.items.map((c) => [c.id, c.similarity])).toEqual(others.slice(1).reverse().map((c) => [c.id, 0]))
})

it('answers an empty list when the case is the only open one', async () => {
  const target = await submit('噪音扰民')
  expect(data(await similar('persona-staff', target.id)).items).toEqual([])
})

it('is for staff and admins in scope only', async () => {
  const target = await submit('楼道垃圾没人清理')
  for (const as of ['persona-resident', 'persona-grid', 'persona-handler', 'persona-supervisor']) {
    expect([as, await similar(as, target.id)]).toEqual([as, expect.objectContaining({ ok: false, code: 'FORBIDDEN' })])
  }
  expect(await similar('persona-staff', 'case-nowhere')).toMatchObject({ ok: false, code: 'CASE_NOT_FOUND' })
  const repos = h.runtime.deps.repos
  const other: Community = { id: 'community-other', streetId: 'street-shengli', name: '红门路社区', hotline: '1', hall: '1', receptionDays: '1' }
  await repos.directory.upsert('community', other)
  await repos.users.upsert({ id: 'user-staff-other', openid: 'persona-staff-other', name: '刘芳', role: 'staff', streetId: 'street-shengli', communityId: other.id })
  expect(await similar('persona-staff-other', target.id)).toMatchObject({ ok: false, code: 'CASE_NOT_FOUND' })
  expect(await h.call('persona-staff', 'cases', 'listSimilar', {})).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'caseId' })
})

it('tells the petitioner of a merged case which case goes on', async () => {
  const first = await submit('1栋楼道垃圾堆着')
  const second = await submit('1栋楼道里垃圾没人收')
  await h.call('persona-staff', 'cases', 'mergeDuplicate', { caseId: second.id, version: 1, intoCaseId: first.id })
  expect(h.notices('user-wang').at(-1)).toEqual({
    kind: 'merged', title: '您说的事已与同类事项合并办理', body: `${second.caseNo}：1栋楼道里垃圾没人收。已并入${first.caseNo}一并办理`,
  })
  const pushed = h.outbox().filter((m) => m.templateId === 'local-merged')
  expect(pushed).toHaveLength(1)
})

it('tells nobody when the merged case was typed in for someone without the app', async () => {
  const first = await submit('1栋楼道垃圾堆着')
  const typed = data<CaseView>(await h.call('persona-grid', 'cases', 'submit', { communityId: DEMO_COMMUNITY, channel: 'doorToDoor', text: '1栋楼道垃圾', petitioner: { name: '张桂兰' }, idempotencyKey: key() }))
  await h.call('persona-staff', 'cases', 'mergeDuplicate', { caseId: typed.id, version: 1, intoCaseId: first.id })
  expect(h.outbox().filter((m) => m.templateId === 'local-merged')).toEqual([])
})

it('compares with the 200 newest open cases of the community only', async () => {
  const old = await submit('1栋楼道垃圾三天没人清理')
  const target = await submit('航空路小区1栋楼道垃圾三天没人清理')
  const newer = []
  for (let i = 0; i < 200; i++) newer.push(await submit(`${i}号路灯坏了`))
  const answer = data(await similar('persona-staff', target.id))
  expect(answer.items.map((c) => c.id)).not.toContain(old.id)
  expect(answer.items.map((c) => [c.id, c.similarity])).toEqual(newer.slice(-5).reverse().map((c) => [c.id, 0]))
})

// 开启工作提醒: which subscriptions are on (identity.listConsents), after recordConsent adds credits.
import { createHarness, data, type Harness } from '../support/local-harness'
import { NOTICE_KINDS } from '../../src/core/domain/notice-kinds'

let h: Harness
beforeEach(async () => { h = await createHarness() })
afterEach(() => h.close())

type Consents = { credits: Record<string, number> }

it('answers the caller’s sends left for every notice kind, 0 where none', async () => {
  await h.runtime.db.prepare("DELETE FROM subscription_credits WHERE user_id = 'user-handler-sun'").run()
  const before = data<Consents>(await h.call('persona-handler', 'identity', 'listConsents', {}))
  expect(Object.keys(before.credits).sort()).toEqual([...NOTICE_KINDS].sort())
  expect(Object.values(before.credits).every((n) => n === 0)).toBe(true)

  await h.call('persona-handler', 'identity', 'recordConsent', { results: { 'local-newAssignment': 'accept', 'local-dueSoon': 'reject', 'local-overdue': 'accept' } })
  await h.call('persona-handler', 'identity', 'recordConsent', { results: { 'local-newAssignment': 'accept' } })
  const after = data<Consents>(await h.call('persona-handler', 'identity', 'listConsents', {}))
  expect(after.credits).toMatchObject({ newAssignment: 2, overdue: 1, dueSoon: 0, urgent: 0 })
})

it('counts down as notices are pushed, and is the caller’s own', async () => {
  const seeded = data<Consents>(await h.call('persona-staff', 'identity', 'listConsents', {}))
  expect(seeded.credits.urgent).toBe(50) // the demo personas start subscribed
  await h.call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '楼道里一股煤气味，好像漏气了', channel: 'self', idempotencyKey: 'consents-gas-1' })
  expect(data<Consents>(await h.call('persona-staff', 'identity', 'listConsents', {})).credits.urgent).toBe(49)
  expect(data<Consents>(await h.call('persona-supervisor', 'identity', 'listConsents', {})).credits.urgent).toBe(50)
  expect(await h.call(undefined, 'identity', 'listConsents', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
})

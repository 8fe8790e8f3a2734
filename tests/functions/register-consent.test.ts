// 住户登记 asks for consent and knows a verified phone from a typed one: without privacyConsent nothing is registered;
// a typed number is kept as unverified; a getPhoneNumber code is exchanged on the server (WeChat) and marks the number
// verified; locally there is no exchange.
import { createHarness, data, type Harness } from '../support/local-harness'
import type { PhoneNumbers } from '../../src/core/ports/phone-numbers'

let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())

const FORM = { communityId: 'community-hangkonglu', name: '赵大爷', householdId: 'household-502' }
const user = (openid: string) => h.runtime.deps.repos.users.getByOpenid(openid)

it('registers nobody without consent to the privacy guide', async () => {
  expect(await h.call('wx-new-1', 'identity', 'register', FORM)).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'privacyConsent', message: '请先阅读并同意《用户隐私保护指引》' })
  expect(await user('wx-new-1')).toBeUndefined()
})

it('keeps a typed phone as unverified and records when consent was given', async () => {
  data(await h.call('wx-new-2', 'identity', 'register', { ...FORM, phone: '13972100002', privacyConsent: true }))
  expect(await user('wx-new-2')).toMatchObject({ phone: '13972100002', phoneVerified: false, privacyConsentAt: '2026-11-30T02:00:00.000Z' })
})

it('exchanges a getPhoneNumber code for a verified number (wins over a typed one); a refused code is said plainly', async () => {
  const codes: string[] = []
  const phoneNumbers: PhoneNumbers = { exchange: async (code) => { codes.push(code); return code === 'good-code' ? '13972100003' : undefined } }
  h.runtime.deps.phoneNumbers = phoneNumbers
  expect(await h.call('wx-new-3', 'identity', 'register', { ...FORM, phoneCode: 'expired', privacyConsent: true })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'phoneCode', message: '微信没能验证手机号，请再试一次或直接填写' })
  data(await h.call('wx-new-3', 'identity', 'register', { ...FORM, phone: '13900000000', phoneCode: 'good-code', privacyConsent: true }))
  expect(codes).toEqual(['expired', 'good-code'])
  expect(await user('wx-new-3')).toMatchObject({ phone: '13972100003', phoneVerified: true })
})

it('locally a phone code cannot be verified: type the number instead', async () => {
  expect(await h.call('wx-new-4', 'identity', 'register', { ...FORM, phoneCode: 'any', privacyConsent: true })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'phoneCode' })
})

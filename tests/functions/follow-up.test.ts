// 回访: a worker records the rating of a petitioner typed in without the app; those with the app rate it themselves.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { DEMO_COMMUNITY, act } from '../support/case-steps'
import type { CaseDetail, CaseView } from '../../src/core/contracts/views'

let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())


/** A door-to-door case for someone without the app, solved on the spot (no unit) or handled by a unit, then published. */
async function publishedForOffline(withUnit: boolean): Promise<CaseView> {
  let c = data<CaseView>(await h.call('persona-grid', 'cases', 'submit', {
    communityId: DEMO_COMMUNITY, channel: 'doorToDoor', text: '张桂兰家门口的下水道堵了', petitioner: { name: '张桂兰', phone: '13972100003' }, householdId: 'household-301', idempotencyKey: key(),
  }))
  if (withUnit) {
    c = await act(h, 'persona-staff', 'triage', c, { category: 'sanitation', urgency: 'normal' })
    c = await act(h, 'persona-staff', 'assign', c, { unitId: 'unit-sanitation', level: 'community', workingDays: 3 })
    c = await act(h, 'persona-handler', 'accept', c)
    c = await act(h, 'persona-handler', 'complete', c, { result: '已疏通' })
  } else {
    c = await act(h, 'persona-grid', 'resolveOnSpot', c, { result: '已疏通' })
  }
  return act(h, 'persona-staff', 'publish', c, { publishedResult: '下水道已疏通' })
}

it('lets the grid worker record a satisfied follow-up by phone, with who and how in the rating and the timeline', async () => {
  const c = await publishedForOffline(false)
  expect(c.petitioner.userId).toBeUndefined()
  expect(c.allowedActions).toEqual(expect.arrayContaining(['recordFollowUp']))
  const rated = await act(h, 'persona-grid', 'recordFollowUp', c, { rating: 'satisfied', method: 'phone', comment: '老人说很满意' })
  expect(rated).toMatchObject({
    status: 'rated', closure: 'rated',
    rating: { value: 'satisfied', comment: '老人说很满意', at: '2026-11-30T02:00:00.000Z', followUp: { method: 'phone', byName: '赵敏' } },
  })
  const detail = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id }))
  expect(detail.timeline.at(-1)).toMatchObject({
    action: 'recordFollowUp', actorRole: 'gridWorker', toStatus: 'rated',
    data: { rating: 'satisfied', ratingLabel: '满意', method: 'phone', methodLabel: '电话回访' },
  })
})

it('sends an unsatisfied follow-up back to the unit with 5 working days, and tells the handler', async () => {
  const c = await publishedForOffline(true)
  const reopened = await act(h, 'persona-staff', 'recordFollowUp', c, { rating: 'unsatisfied', method: 'visit' })
  expect(reopened).toMatchObject({ status: 'assigned', unitId: 'unit-sanitation', dueAt: '2026-12-07T15:59:59.999Z', publishedResult: undefined })
  expect(reopened.rating).toMatchObject({ value: 'unsatisfied', followUp: { method: 'visit', byName: '陈静' } })
  const detail = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id }))
  expect(detail.timeline.at(-1)).toMatchObject({ action: 'followUpUnsatisfied', data: expect.objectContaining({ methodLabel: '上门回访', ratingLabel: '不满意' }) })
  expect(h.notices('user-handler-sun').map((n) => n.kind)).toEqual(['newAssignment', 'newAssignment'])
})

it('sends an unsatisfied follow-up without a unit back to staff', async () => {
  const c = await publishedForOffline(false)
  const back = await act(h, 'persona-grid', 'recordFollowUp', c, { rating: 'unsatisfied', method: 'visit', comment: '还是堵' })
  expect(back).toMatchObject({ status: 'triaged', publishedResult: undefined })
  const detail = data<CaseDetail>(await h.call('persona-grid', 'cases', 'get', { caseId: c.id }))
  expect(detail.timeline.at(-1)?.action).toBe('followUpUnsatisfiedRetriage')
})

it('refuses a follow-up for a petitioner who has the app, and writes nothing', async () => {
  let c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, channel: 'self', text: '2栋门口的灯不亮了', idempotencyKey: key() }))
  c = await act(h, 'persona-grid', 'resolveOnSpot', c, { result: '已换灯泡' })
  c = await act(h, 'persona-staff', 'publish', c, { publishedResult: '已换灯泡' })
  expect(c.allowedActions).not.toContain('recordFollowUp')
  const refused = await h.call('persona-staff', 'cases', 'recordFollowUp', { caseId: c.id, version: c.version, rating: 'satisfied', method: 'phone' })
  expect(refused).toEqual({ ok: false, code: 'FORBIDDEN', message: '说事人已在小程序登记，请由本人评价' })
  const detail = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id }))
  expect(detail.case).toMatchObject({ status: 'published', version: c.version })
})

it('checks role, scope and input', async () => {
  const c = await publishedForOffline(false)
  const payload = { caseId: c.id, version: c.version, rating: 'satisfied', method: 'phone' }
  expect(await h.call('persona-handler', 'cases', 'recordFollowUp', payload)).toMatchObject({ ok: false, code: 'CASE_NOT_FOUND' })
  expect(await h.call('persona-supervisor', 'cases', 'recordFollowUp', payload)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  expect(await h.call('persona-staff', 'cases', 'recordFollowUp', { ...payload, method: 'letter' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'method' })
  expect(await h.call('persona-staff', 'cases', 'recordFollowUp', { ...payload, comment: '很'.repeat(501) })).toMatchObject({ ok: false, code: 'TEXT_TOO_LONG', field: 'comment' })
  expect(await h.call('persona-staff', 'cases', 'recordFollowUp', { ...payload, rating: undefined })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'rating' })
  const detail = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id }))
  expect(detail.case.status).toBe('published')
})

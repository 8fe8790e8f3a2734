// The WeChat content check against a recording openapi: msgSecCheck v2 with the caller's openid and a scene, the three
// suggests, a failed call held for review; mediaCheckAsync with a temp link, and its pushed verdict accepted only for a
// trace_id this environment started.
import { doubleWithIndexes } from '../support/double-with-indexes'
import { createCloudContentReviews, createWechatContentCheck, mediaCheckVerdict } from '../../cloudfunctions/src/adapters/wechat/content-security'

function setup(answer: (options: Record<string, unknown>) => Promise<unknown>) {
  const db = doubleWithIndexes()
  const calls: Record<string, unknown>[] = []
  let openid: string | undefined = 'o-caller'
  const cloud = {
    getWXContext: () => ({ OPENID: openid }),
    openapi: {
      security: {
        msgSecCheck: async (options: Record<string, unknown>) => { calls.push(options); return answer(options) as never },
        mediaCheckAsync: async (options: Record<string, unknown>) => { calls.push(options); return { errCode: 0, errMsg: 'ok', trace_id: 'trace-1' } },
      },
    },
  }
  const check = createWechatContentCheck(cloud, db, async (fileId) => `https://tmp.example/${fileId.split('/').pop()}`)
  return { db, calls, check, signOut: () => { openid = undefined } }
}
const secAnswer = (suggest: string, label: number) => async () => ({ errCode: 0, errMsg: 'ok', result: { suggest, label }, detail: [] })

it.each([
  ['pass', 100, { verdict: 'pass' }],
  ['review', 10001, { verdict: 'review', reason: '疑似广告信息' }],
  ['risky', 20006, { verdict: 'risky', reason: '疑似违法犯罪信息' }],
])('msgSecCheck suggest %s → %j', async (suggest, label, expected) => {
  const { check, calls } = setup(secAnswer(suggest, label))
  expect(await check.check('楼道灯坏了', 'report')).toEqual(expected)
  expect(calls).toEqual([{ openid: 'o-caller', scene: 2, version: 2, content: '楼道灯坏了' }])
})

it('decides on result.suggest, and holds for review when the check fails or there is no caller', async () => {
  const failing = setup(async () => { throw Object.assign(new Error('openapi fail'), { errCode: -604101, errMsg: 'function has no permission to call this API' }) })
  jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  expect(await failing.check.check('公示内容', 'publication')).toMatchObject({ verdict: 'review', reason: expect.stringContaining('-604101') })
  const anonymous = setup(secAnswer('pass', 100))
  anonymous.signOut()
  expect((await anonymous.check.check('公示内容', 'publication')).verdict).toBe('review')
  expect(anonymous.calls).toEqual([])
})

it('sends photos to mediaCheckAsync and accepts the pushed verdict only for its own trace_id', async () => {
  const { check, calls, db } = setup(secAnswer('pass', 100))
  await check.checkImage!('cloud://env.bucket/cases/2026-11-30/img-1.jpg', { caseId: 'case-1' })
  expect(calls).toEqual([{ media_url: 'https://tmp.example/img-1.jpg', media_type: 2, version: 2, openid: 'o-caller', scene: 2 }])
  expect(await mediaCheckVerdict(db, { trace_id: 'forged', result: { suggest: 'risky', label: 20002 } })).toBeUndefined()
  expect(await mediaCheckVerdict(db, { trace_id: 'trace-1', result: { suggest: 'risky', label: 20002 } })).toEqual({
    caseId: 'case-1', fileId: 'cloud://env.bucket/cases/2026-11-30/img-1.jpg', result: { verdict: 'risky', reason: '疑似色情信息' },
  })
  expect(await mediaCheckVerdict(db, { trace_id: 'trace-1', result: { suggest: 'pass' } })).toBeUndefined()
})

it('keeps holds per case and field, once each, and lifts them', async () => {
  const { db } = setup(secAnswer('pass', 100))
  const reviews = createCloudContentReviews(db)
  const hold = { caseId: 'case-1', field: 'text' as const, verdict: 'review' as const, reason: '疑似广告信息', at: '2026-11-30T02:00:00.000Z' }
  expect(await reviews.hold(hold)).toBe(true)
  expect(await reviews.hold(hold)).toBe(false)
  expect(await reviews.listForCases(['case-1', 'case-2'])).toEqual([hold])
  expect(await reviews.release('case-1', 'text')).toBe(1)
  expect(await reviews.listForCases(['case-1'])).toEqual([])
})

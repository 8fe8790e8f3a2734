// Content security on the local runtime (word list, cloudfunctions/src/adapters/local/content-words.txt): the three
// verdicts. pass: the board shows the text; review / risky: the case is kept whole, the text is held from the 公示栏
// (内容审核中), the community's staff get a notice with the reason and see the hold on the case page.
import { createHarness, data, type Harness } from '../support/local-harness'
import { act, DEMO_COMMUNITY, residentReports } from '../support/case-steps'
import type { CaseDetail, CaseView } from '../../src/core/contracts/views'
import { createWordListCheck, readWordList } from '../../cloudfunctions/src/adapters/local/word-list-check'
import { VOICE_ONLY_TEXT } from '../../src/core/domain/voice'

let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())

async function toPublished(text: string, publishedResult: string): Promise<CaseView> {
  let c = await residentReports(h, text)
  c = await act(h, 'persona-staff', 'resolveOnSpot', c, { result: '已处理' })
  return act(h, 'persona-staff', 'publish', c, { publishedResult })
}
const board = async () => data<{ items: { id: string; summary: string; publishedResult: string }[] }>(await h.call('persona-resident', 'cases', 'listBoard', { communityId: DEMO_COMMUNITY })).items
const detail = async (as: string, id: string) => data<CaseDetail>(await h.call(as, 'cases', 'get', { caseId: id }))
const reviewNotices = () => h.notices(staffId()).filter((n) => n.kind === 'contentReview')
let staffUserId: string | undefined
const staffId = () => staffUserId!
beforeEach(async () => { staffUserId = (await h.runtime.deps.repos.users.getByOpenid('persona-staff'))!.id })

describe('the word list checker', () => {
  const check = createWordListCheck()
  it.each([
    ['1栋楼道灯坏了，晚上看不见路', 'pass'],
    ['有需要的加微信 abc123 联系，兼职日结', 'review'],
    ['楼下有人聚众赌博，天天吵到半夜', 'risky'],
    ['楼下有人聚众 赌 - 博', 'risky'],
  ])('%s → %s', async (text, verdict) => {
    expect((await check.check(text, 'report')).verdict).toBe(verdict)
  })
  it('names the reason and the word', async () => {
    expect(await check.check('加微信领补贴', 'report')).toEqual({ verdict: 'review', reason: '疑似广告引流（含“加微信”）' })
  })
  it('reads a real list file', () => {
    expect(readWordList().length).toBeGreaterThanOrEqual(20)
  })
})

it('pass: the board shows the summary and the result; nobody is asked to review', async () => {
  const c = await toPublished('1栋楼道灯坏了，晚上看不见路', '物业已更换楼道灯')
  expect((await board()).find((e) => e.id === c.id)).toMatchObject({ summary: '1栋楼道灯坏了，晚上看不见路', publishedResult: '物业已更换楼道灯' })
  expect(reviewNotices()).toEqual([])
  expect((await detail('persona-staff', c.id)).contentReview).toBeUndefined()
})

it('review: the resident\'s text is kept whole but held from the board; staff get the reason and can release it', async () => {
  const text = '小区门口有人发广告，说加微信就给补贴，老人都被拉进群了'
  const c = await residentReports(h, text)
  // Nothing dropped: the case and its text are there for the resident and staff.
  expect((await detail('persona-resident', c.id)).case.text).toBe(text)
  expect((await detail('persona-resident', c.id)).contentReview).toBeUndefined()
  const staffView = await detail('persona-staff', c.id)
  expect(staffView.case.text).toBe(text)
  expect(staffView.contentReview).toEqual([expect.objectContaining({ field: 'text', verdict: 'review', reason: '疑似广告引流（含“加微信”）' })])
  expect(reviewNotices()).toEqual([expect.objectContaining({ title: '说事内容待审核：疑似广告引流（含“加微信”）' })])

  let done = await act(h, 'persona-staff', 'resolveOnSpot', c, { result: '已提醒居民注意' })
  done = await act(h, 'persona-staff', 'publish', done, { publishedResult: '社区已提醒居民谨防诈骗' })
  expect((await board()).find((e) => e.id === c.id)).toMatchObject({ summary: '内容审核中', publishedResult: '社区已提醒居民谨防诈骗' })

  // Staff reviewed it: the board shows the text again. Residents cannot release.
  expect(await h.call('persona-resident', 'cases', 'releaseContent', { caseId: c.id, field: 'text' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  expect(data(await h.call('persona-staff', 'cases', 'releaseContent', { caseId: c.id, field: 'text' }))).toEqual({ released: 1 })
  expect((await board()).find((e) => e.id === c.id)!.summary).toMatch(/^小区门口有人发广告，说加微信/)
})

it('risky: a published result is held from the board (the petitioner still reads it on the case page) and staff are told once', async () => {
  const c = await toPublished('3栋地下室天天有人打牌到半夜', '已联系派出所处理赌博窝点')
  expect((await board()).find((e) => e.id === c.id)).toMatchObject({ summary: '3栋地下室天天有人打牌到半夜', publishedResult: '内容审核中' })
  expect((await detail('persona-resident', c.id)).case.publishedResult).toBe('已联系派出所处理赌博窝点')
  expect((await detail('persona-staff', c.id)).contentReview).toEqual([expect.objectContaining({ field: 'publishedResult', verdict: 'risky', reason: '疑似赌博信息（含“赌博”）' })])
  expect(reviewNotices()).toHaveLength(1)
})

it('a result published again that passes lifts the earlier hold', async () => {
  let c = await toPublished('5栋门口垃圾没人收', '去死吧')
  expect((await board()).find((e) => e.id === c.id)!.publishedResult).toBe('内容审核中')
  c = await act(h, 'persona-resident', 'rate', c, { rating: 'unsatisfied', comment: '公示的话不像话' })
  c = await act(h, 'persona-staff', 'resolveOnSpot', c, { result: '已清运' })
  c = await act(h, 'persona-staff', 'publish', c, { publishedResult: '环卫所已清运垃圾' })
  expect((await board()).find((e) => e.id === c.id)!.publishedResult).toBe('环卫所已清运垃圾')
})

it('a gist staff type at triage for a voice-only report is checked like a report', async () => {
  const voice = (await h.runtime.files.put('persona-resident', 'voice-only-0001', Buffer.from('494433040000000000', 'hex'), 'audio/mpeg', h.clock.now().toISOString())).fileId
  const c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, text: VOICE_ONLY_TEXT, channel: 'self', idempotencyKey: 'voice-only-0001', attachments: [{ fileId: voice, kind: 'audio' }] }))
  const triaged = await act(h, 'persona-staff', 'triage', c, { category: 'safety', urgency: 'normal', gist: '老人说楼下有人聚众赌博到半夜' })
  expect(triaged.text).toBe('老人说楼下有人聚众赌博到半夜')
  expect((await detail('persona-staff', c.id)).contentReview).toEqual([expect.objectContaining({ field: 'text', verdict: 'risky' })])
})

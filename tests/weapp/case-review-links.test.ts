// The case page with private storage and content review: photos and recordings are shown through the short-lived
// links the server gave (`url`), never the raw fileID; staff see why a text is held from the 公示栏 and lift the hold
// (cases.releaseContent), after which the case is read again.
import { startHarness, tapText, waitForNoText, waitForText, type Harness } from './harness'

const STAFF = { userId: 'user-staff-zhao', name: '赵敏', role: 'staff', streetId: 'street-shengli', communityId: 'community-hangkonglu' }
const PHOTO = 'cloud://env-1.bucket/cases/2026-11-28/img-a.jpg'
const VOICE = 'cloud://env-1.bucket/cases/2026-11-28/voice-a.mp3'
const LINK = (name: string) => `https://7368-env-1.tcb.qcloud.la/cases/2026-11-28/${name}?sign=abc&t=1764291900`

const caseView = {
  id: 'case-9', caseNo: 'SS202611280009', streetId: 'street-shengli', communityId: STAFF.communityId, channel: 'self',
  submittedBy: 'user-wang', petitioner: { userId: 'user-wang', name: '王秀英' }, anonymous: false,
  text: '小区门口有人发广告，说加微信就给补贴',
  attachments: [
    { fileId: VOICE, kind: 'audio', name: 'voice.mp3', url: LINK('voice-a.mp3') },
    { fileId: PHOTO, kind: 'image', name: 'photo-1.jpg', url: LINK('img-a.jpg') },
  ],
  status: 'submitted', statusLabel: '待受理', stepLabel: '说事', version: 1, urgency: 'normal', escalations: 0,
  idempotencyKey: 'draft-abcdefgh', createdAt: '2026-11-28T01:05:00.000Z', updatedAt: '2026-11-28T01:05:00.000Z', overdue: false, allowedActions: [],
}
const HOLD = { caseId: 'case-9', field: 'text', verdict: 'review', reason: '疑似广告引流（含“加微信”）', at: '2026-11-28T01:05:01.000Z' }

let harness: Harness
let page: any
let held = true
const calls: { action: string; payload: unknown }[] = []

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action, payload) => {
    calls.push({ action, payload })
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user: STAFF } }
    if (name === 'identity' && action === 'listTemplates') return { ok: true, data: {} }
    if (name === 'cases' && action === 'get') return { ok: true, data: { case: caseView, timeline: [], ...(held ? { contentReview: [HOLD] } : {}) } }
    if (name === 'cases' && action === 'releaseContent') {
      held = false
      return { ok: true, data: { released: 1 } }
    }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

afterAll(() => page?.detach())

/** The string values rendered for node `sid` (Taro's page data: nested { sid, cn, … }). */
function valuesOf(data: unknown, sid: string): string[] {
  if (typeof data !== 'object' || data === null) return []
  const node = data as Record<string, unknown>
  if (node.sid === sid) return Object.values(node).filter((value): value is string => typeof value === 'string')
  return Object.values(node).flatMap((value) => (Array.isArray(value) ? value.flatMap((child) => valuesOf(child, sid)) : typeof value === 'object' ? valuesOf(value, sid) : []))
}

test('shows files through the server\'s links, and staff lift a content hold after review', async () => {
  page = harness.openPage('pages/case/index', { id: 'case-9' })
  await waitForText(page, '内容审核中：说事内容暂不在公示栏显示（疑似广告引流（含“加微信”））')
  expect(page.dom.textContent).toContain('小区门口有人发广告，说加微信就给补贴') // nothing the resident said is hidden from staff

  const image = page.dom.querySelector('wx-image') as Element
  const rendered = valuesOf(page.instance.data, String(image.getAttribute('data-sid')))
  expect(rendered).toContain(LINK('img-a.jpg'))
  expect(rendered).not.toContain(PHOTO)
  tapText(page, '播放录音')
  await waitForText(page, '停止播放')
  expect(harness.audioContexts.at(-1)!.src).toBe(LINK('voice-a.mp3'))
  harness.audioContexts.at(-1)!.end()

  const gets = calls.filter((c) => c.action === 'get').length
  tapText(page, '审核通过，可以公示')
  await waitForNoText(page, '内容审核中')
  expect(calls.filter((c) => c.action === 'releaseContent').map((c) => c.payload)).toEqual([{ caseId: 'case-9', field: 'text' }])
  expect(calls.filter((c) => c.action === 'get').length).toBe(gets + 1)
})

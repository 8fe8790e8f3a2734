// The case page shows what came with the report: photos as thumbnails (a tap opens wx.previewImage with all of
// them) and each recording as a big 播放录音 button (an InnerAudioContext plays the cloud fileID).
import { startHarness, tapText, waitForText, type Harness } from './harness'

const RESIDENT = { userId: 'user-wang', name: '王秀英', role: 'resident', streetId: 'street-shengli', communityId: 'community-hangkonglu' }
const PHOTOS = ['cloud://env-1.bucket/cases/2026-11-28/img-a.jpg', 'cloud://env-1.bucket/cases/2026-11-28/img-b.jpg']
const VOICE = 'cloud://env-1.bucket/cases/2026-11-28/voice-a.mp3'

const caseView = {
  id: 'case-9',
  caseNo: 'SS202611280009',
  streetId: 'street-shengli',
  communityId: RESIDENT.communityId,
  channel: 'self',
  submittedBy: RESIDENT.userId,
  petitioner: { userId: RESIDENT.userId, name: RESIDENT.name },
  anonymous: false,
  text: '语音说事',
  attachments: [
    { fileId: VOICE, kind: 'audio', name: 'voice.mp3' },
    { fileId: PHOTOS[0], kind: 'image', name: 'photo-1.jpg' },
    { fileId: PHOTOS[1], kind: 'image', name: 'photo-2.jpg' },
  ],
  status: 'submitted',
  statusLabel: '待受理',
  stepLabel: '说事',
  version: 1,
  urgency: 'normal',
  escalations: 0,
  idempotencyKey: 'draft-abcdefgh',
  createdAt: '2026-11-28T01:05:00.000Z',
  updatedAt: '2026-11-28T01:05:00.000Z',
  overdue: false,
  allowedActions: [],
}

let harness: Harness
let page: any

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action) => {
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user: RESIDENT } }
    if (name === 'identity' && action === 'listTemplates') return { ok: true, data: {} }
    if (name === 'cases' && action === 'get') return { ok: true, data: { case: caseView, timeline: [] } }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

afterAll(() => page?.detach())

/** The cloud:// value among the attributes of the rendered node `sid` (Taro's page data: nested { sid, cn, … }). */
function sourceOf(data: unknown, sid: string): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const node = data as Record<string, unknown>
  if (node.sid === sid) return Object.values(node).find((value): value is string => typeof value === 'string' && value.startsWith('cloud://'))
  for (const value of Object.values(node)) {
    const found = Array.isArray(value) ? value.map((child) => sourceOf(child, sid)).find(Boolean) : typeof value === 'object' ? sourceOf(value, sid) : undefined
    if (found) return found
  }
  return undefined
}

test('photos open full screen, the recording plays from its fileID', async () => {
  page = harness.openPage('pages/case/index', { id: 'case-9' })
  await waitForText(page, '播放录音')

  // The simulator does not reflect a built-in <image>'s src onto the DOM: read it from the data Taro rendered it with.
  const images = Array.from(page.dom.querySelectorAll('wx-image')) as Element[]
  const sources = images.map((image) => sourceOf(page.instance.data, String(image.getAttribute('data-sid'))))
  const thumbs = images.filter((_, index) => PHOTOS.includes(String(sources[index])))
  expect(thumbs.map((image) => sourceOf(page.instance.data, String(image.getAttribute('data-sid'))))).toEqual(PHOTOS)

  page.querySelector(`#${thumbs[1].getAttribute('data-sid')}`).dispatchEvent('tap')
  for (let i = 0; i < 100 && harness.wx.previewImage.mock.calls.length === 0; i++) await harness.simulate.sleep(20)
  expect(harness.wx.previewImage).toHaveBeenCalledWith(expect.objectContaining({ urls: PHOTOS, current: PHOTOS[1] }))

  tapText(page, '播放录音')
  await waitForText(page, '停止播放')
  const context = harness.audioContexts.at(-1)!
  expect(context.src).toBe(VOICE)
  expect(context.play).toHaveBeenCalledTimes(1)
  context.end()
  await waitForText(page, '播放录音')
  expect(page.dom.textContent).not.toContain('停止播放')
})

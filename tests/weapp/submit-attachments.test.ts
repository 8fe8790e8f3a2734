// 我要说事 with a recording and a photo, in the built mini-program: the recorder (mp3, 16 kHz mono, ≤ 60 s), chooseMedia +
// compressImage, and Taro.cloud.uploadFile under cases/<date>/<the file's own key>. A failed upload shows 上传失败 and
// keeps the photo; its retry uploads under the same path; 提交 waits for uploads and names the one that failed, and
// the report goes out exactly once with its attachments.
import { startHarness, tapText, waitForText, waitForNoText, type Harness } from './harness'

const COMMUNITY = { id: 'community-hangkonglu', streetId: 'street-shengli', name: '航空路社区', hotline: '0716-8312345', hall: '居民说事厅', receptionDays: '每月5日、15日、25日（逢五说事）' }
const RESIDENT = { userId: 'user-wang', name: '王秀英', role: 'resident', streetId: 'street-shengli', communityId: COMMUNITY.id }

let harness: Harness
let page: any
const submits: any[] = []
/** How the next uploads answer, in order (then: success). */
let uploadPlan: ('ok' | 'fail' | 'hold')[] = []
let release: (() => void) | undefined

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((name, action, payload) => {
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user: RESIDENT, community: COMMUNITY } }
    if (name === 'identity' && action === 'listTemplates') return { ok: true, data: { accepted: 'tpl-a' } }
    if (name === 'cases' && action === 'submit') {
      submits.push(payload)
      const at = '2026-11-28T01:05:00.000Z'
      const { text, attachments } = payload as any
      return { ok: true, data: { id: 'case-9', caseNo: 'SS202611280009', text, attachments, status: 'submitted', statusLabel: '待受理', stepLabel: '说事', createdAt: at, overdue: false, allowedActions: [] } }
    }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
  harness.wx.cloud.uploadFile.mockImplementation(async (options: { cloudPath: string; filePath: string }) => {
    const plan = uploadPlan.shift() ?? 'ok'
    if (plan === 'fail') throw { errMsg: 'cloud.uploadFile:fail request:fail timeout' }
    if (plan === 'hold') await new Promise<void>((resolve) => (release = resolve))
    return { errMsg: 'cloud.uploadFile:ok', fileID: `cloud://shuoshi-env.7368-shuoshi/${options.cloudPath}`, statusCode: 200 }
  })
})

afterEach(() => {
  page?.detach()
  page = undefined
  submits.length = 0
  harness.wx.cloud.uploadFile.mockClear()
})

const uploads = () => harness.wx.cloud.uploadFile.mock.calls.map(([options]: any[]) => options as { cloudPath: string; filePath: string })

async function until(condition: () => boolean, what: string, timeoutMs = 3000) {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not happen within ${timeoutMs} ms. The page shows: ${page?.dom.textContent}`)
    await harness.simulate.sleep(20)
  }
}

function typeInto(text: string) {
  const box = page.dom.querySelector('wx-textarea')
  page.querySelector(`#${box.getAttribute('data-sid')}`).dispatchEvent('input', { detail: { value: text, cursor: text.length } })
}

test('records a voice report and a photo; a failed upload is retried under the same path; the report goes out once', async () => {
  page = harness.openPage('pages/submit/index')
  await waitForText(page, '点一下开始录音')
  // Voice first: the record button comes before the text box.
  const text = String(page.dom.textContent)
  expect(text.indexOf('点一下开始录音')).toBeLessThan(text.indexOf('0/1000字'))

  // Record: the recorder is set up as WeChat recommends for speech, at most 60 s.
  tapText(page, '点一下开始录音')
  await waitForText(page, '正在录音 0:0')
  expect(harness.recorder.start).toHaveBeenCalledWith(expect.objectContaining({ format: 'mp3', sampleRate: 16000, numberOfChannels: 1, duration: 60000 }))
  tapText(page, '说完了，点这里停止')
  await waitForText(page, '第1段录音')
  await waitForText(page, '已上传')
  expect(page.dom.textContent).toContain('0:05') // its length

  // A photo: picked, compressed, and its upload fails (the phone lost its connection).
  uploadPlan = ['fail']
  tapText(page, '拍照 / 选照片')
  await waitForText(page, '上传失败（点此重试）')
  expect(harness.wx.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ count: 8, mediaType: ['image'], sizeType: ['compressed'] }))
  expect(harness.wx.compressImage).toHaveBeenCalledWith(expect.objectContaining({ src: 'http://tmp/photo-1.jpg', quality: 80 }))
  expect(page.dom.textContent).toContain('第1张照片')

  // 提交 names the failed one and sends nothing.
  tapText(page, '提交')
  await waitForText(page, '第1张照片上传失败')
  expect(submits).toHaveLength(0)

  // Retry: same file, same path (so no duplicate in storage). 提交 meanwhile waits for it.
  uploadPlan = ['hold']
  tapText(page, '上传失败（点此重试）')
  await waitForText(page, '上传中…')
  tapText(page, '提交')
  await waitForText(page, '正在上传照片和录音…')
  expect(submits).toHaveLength(0)
  tapText(page, '正在上传照片和录音…') // impatient taps change nothing
  release?.()
  await waitForText(page, '已收到您说的事')

  const [voice, photoFirst, photoRetry] = uploads()
  expect(uploads()).toHaveLength(3)
  expect(voice.cloudPath).toMatch(/^cases\/\d{4}-\d{2}-\d{2}\/voice-[a-z0-9-]{8,}\.mp3$/)
  expect(voice.filePath).toBe('http://tmp/voice-recording.mp3')
  expect(photoFirst.cloudPath).toMatch(/^cases\/\d{4}-\d{2}-\d{2}\/img-[a-z0-9-]{8,}\.jpg$/)
  expect(photoFirst.filePath).toBe('http://tmp/photo-1-compressed.jpg')
  expect(photoRetry).toEqual(photoFirst)

  // Exactly one submit, with the voice-only text and both files.
  expect(submits).toHaveLength(1)
  expect(submits[0]).toEqual({
    communityId: COMMUNITY.id,
    text: '语音说事',
    channel: 'self',
    attachments: [
      { fileId: `cloud://shuoshi-env.7368-shuoshi/${voice.cloudPath}`, kind: 'audio', name: 'voice.mp3' },
      { fileId: `cloud://shuoshi-env.7368-shuoshi/${photoFirst.cloudPath}`, kind: 'image', name: 'photo-1.jpg' },
    ],
    anonymous: false,
    idempotencyKey: expect.stringMatching(/^draft-/),
  })

  // A new report starts empty.
  tapText(page, '再说一件事')
  await waitForText(page, '点一下开始录音')
  expect(page.dom.textContent).not.toContain('第1段录音')
})

test('typed text goes with the photos as typed; the microphone refused gives a short message and typing still works', async () => {
  harness.recorder.failStartWith = { errMsg: 'operateRecorder:fail auth deny' }
  page = harness.openPage('pages/submit/index')
  await waitForText(page, '点一下开始录音')
  tapText(page, '点一下开始录音')
  await waitForText(page, '没有打开麦克风权限')
  harness.recorder.failStartWith = undefined
  await waitForText(page, '点一下开始录音')

  // Photos alone are not a report: a few words or a recording are needed.
  tapText(page, '拍照 / 选照片')
  await waitForText(page, '已上传')
  tapText(page, '提交')
  await waitForText(page, '请填写事项内容，或者录一段语音')
  expect(submits).toHaveLength(0)

  typeInto('小区门口的井盖松了')
  await waitForNoText(page, '请填写事项内容')
  tapText(page, '提交')
  await waitForText(page, '已收到您说的事')
  expect(submits).toHaveLength(1)
  expect(submits[0].text).toBe('小区门口的井盖松了')
  expect(submits[0].attachments).toEqual([{ fileId: expect.stringMatching(/^cloud:\/\/.+\/cases\/.+\.jpg$/), kind: 'image', name: 'photo-1.jpg' }])
})

test('the uploaded attachments and the key are kept on the phone with the draft', async () => {
  page = harness.openPage('pages/submit/index')
  await waitForText(page, '点一下开始录音')
  typeInto('楼下路灯不亮')
  tapText(page, '拍照 / 选照片')
  await waitForText(page, '已上传')
  await until(() => String(harness.wx.setStorageSync.mock.calls.at(-1)?.[1] ?? '').includes('"status":"uploaded"'), 'saving the draft')
  const saved = JSON.parse(harness.wx.setStorageSync.mock.calls.at(-1)[1])
  expect(saved.state.draft).toEqual({
    text: '楼下路灯不亮',
    idempotencyKey: expect.stringMatching(/^draft-/),
    attachments: [expect.objectContaining({ kind: 'image', status: 'uploaded', fileId: expect.stringMatching(/^cloud:\/\//), idempotencyKey: expect.stringMatching(/^img-/), filePath: '' })],
  })
})

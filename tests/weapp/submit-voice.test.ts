// 我要说事 with 微信同声传译 (WechatSI) enabled, in a mini-program built with SHUOSHI_WECHATSI=1 (tests/run.mjs builds it
// into dist-wechatsi/; SHUOSHI_WECHATSI_DIST names another folder) and requirePlugin stubbed: the plugin records and
// transcribes, the transcript fills the text box for the resident to correct, and the corrected text goes out with the
// recording. When the plugin fails, the plain recorder takes over and a recording alone goes as 语音说事.
import path from 'node:path'
import fs from 'node:fs'
import { startHarness, tapText, waitForText, type Harness } from './harness'

const ROOT = path.resolve(__dirname, '../..', process.env.SHUOSHI_WECHATSI_DIST ?? 'dist-wechatsi', 'weapp')
const COMMUNITY = { id: 'community-hangkonglu', streetId: 'street-shengli', name: '航空路社区', hotline: '0716-8312345', hall: '居民说事厅', receptionDays: '每月5日、15日、25日（逢五说事）' }
const RESIDENT = { userId: 'user-wang', name: '王秀英', role: 'resident', streetId: 'street-shengli', communityId: COMMUNITY.id }
const HEARD = '三栋楼道的灯坏了一个星期晚上看不见'

/** The WechatSI recognition manager: handlers are properties; stop() answers onStop with the clip and the text (or onError). */
const manager: any = {
  answer: { kind: 'text' } as { kind: 'text' } | { kind: 'error' },
  start: jest.fn(() => setTimeout(() => manager.onStart?.({ msg: 'Ok' }), 0)),
  stop: jest.fn(() =>
    setTimeout(() => {
      if (manager.answer.kind === 'error') manager.onError?.({ retcode: -30004, msg: '没有听清' })
      else manager.onStop?.({ tempFilePath: 'http://tmp/wechatsi-voice.mp3', duration: 6100, fileSize: 24400, result: HEARD })
    }, 0),
  ),
}
const wechatSI = { getRecordRecognitionManager: jest.fn(() => manager) }

let harness: Harness
let page: any
const submits: any[] = []

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'app.json'))) {
    throw new Error(`No mini-program built with WechatSI at ${ROOT}: npm test builds it; by hand: SHUOSHI_WECHATSI=1 SHUOSHI_DIST=dist-wechatsi npx taro build --type weapp`)
  }
  harness = startHarness({ root: ROOT, plugins: { WechatSI: wechatSI } })
  harness.answerWith((name, action, payload) => {
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user: RESIDENT, community: COMMUNITY } }
    if (name === 'identity' && action === 'listTemplates') return { ok: true, data: { accepted: 'tpl-a' } }
    if (name === 'cases' && action === 'submit') {
      submits.push(payload)
      const { text, attachments } = payload as any
      return { ok: true, data: { id: 'case-9', caseNo: 'SS202611280009', text, attachments, status: 'submitted', statusLabel: '待受理', stepLabel: '说事', createdAt: '2026-11-28T01:05:00.000Z', overdue: false, allowedActions: [] } }
    }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
  harness.wx.cloud.uploadFile.mockImplementation(async (options: { cloudPath: string }) => ({ errMsg: 'cloud.uploadFile:ok', fileID: `cloud://shuoshi-env.7368-shuoshi/${options.cloudPath}`, statusCode: 200 }))
})

afterEach(() => {
  page?.detach()
  page = undefined
  submits.length = 0
  harness.wx.cloud.uploadFile.mockClear()
})

const textBox = () => page.dom.querySelector('wx-textarea')
function typeInto(text: string) {
  page.querySelector(`#${textBox().getAttribute('data-sid')}`).dispatchEvent('input', { detail: { value: text, cursor: text.length } })
}
const uploadedPaths = () => harness.wx.cloud.uploadFile.mock.calls.map(([options]: any[]) => options.filePath)

test('the build declares the plugin (config/wechat.ts WECHATSI enabled)', () => {
  const app = JSON.parse(fs.readFileSync(path.join(ROOT, 'app.json'), 'utf8'))
  expect(app.plugins).toEqual({ WechatSI: { version: expect.any(String), provider: 'wx069ba97219f66d99' } })
})

test('transcribes the recording into the text box; the corrected text goes out with the recording', async () => {
  page = harness.openPage('pages/submit/index')
  await waitForText(page, '点一下开始录音')
  tapText(page, '点一下开始录音')
  await waitForText(page, '正在录音')
  expect(manager.start).toHaveBeenCalledWith({ duration: 60000, lang: 'zh_CN' })
  expect(harness.recorder.start).not.toHaveBeenCalled()
  tapText(page, '说完了，点这里停止')
  await waitForText(page, '已把您的录音转成下面的文字')
  // The box holds what was heard (the simulator shows a textarea's value only through the page: its count).
  expect(page.dom.textContent).toContain(`${Array.from(HEARD).length}/1000字`)
  await waitForText(page, '已上传')

  // The resident corrects what was misheard, then sends.
  const corrected = '3栋2单元楼道的灯坏了一个星期，晚上看不见'
  typeInto(corrected)
  tapText(page, '提交')
  await waitForText(page, '已收到您说的事')
  expect(submits).toHaveLength(1)
  expect(submits[0]).toMatchObject({ text: corrected, attachments: [{ kind: 'audio', name: 'voice.mp3', fileId: expect.stringMatching(/\.mp3$/) }] })
  expect(uploadedPaths()).toEqual(['http://tmp/wechatsi-voice.mp3'])
})

test('when the plugin fails, the plain recorder keeps the clip and a recording alone goes as 语音说事', async () => {
  manager.answer = { kind: 'error' }
  page = harness.openPage('pages/submit/index')
  await waitForText(page, '点一下开始录音')
  tapText(page, '点一下开始录音')
  await waitForText(page, '正在录音')
  tapText(page, '说完了，点这里停止')
  await waitForText(page, '没听清，请再录一次')
  // From now on this session records plainly: nothing is lost for a transcript.
  manager.start.mockClear()
  tapText(page, '点一下开始录音')
  await waitForText(page, '正在录音')
  expect(manager.start).not.toHaveBeenCalled()
  expect(harness.recorder.start).toHaveBeenCalledWith(expect.objectContaining({ format: 'mp3', duration: 60000 }))
  tapText(page, '说完了，点这里停止')
  await waitForText(page, '已上传')
  expect(page.dom.textContent).not.toContain('已把您的录音转成下面的文字')
  tapText(page, '提交')
  await waitForText(page, '已收到您说的事')
  expect(submits[0]).toMatchObject({ text: '语音说事', attachments: [{ kind: 'audio', name: 'voice.mp3' }] })
  expect(uploadedPaths()).toEqual(['http://tmp/voice-recording.mp3'])
})

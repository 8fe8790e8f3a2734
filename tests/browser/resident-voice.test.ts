// Voice in the H5 build: where the browser has speech recognition, it listens while MediaRecorder records and what it
// heard fills the text box for the resident to correct; the corrected text goes out (and is classified) with the
// recording. Where the browser has none, the recording goes alone as 语音说事 and the server marks it 语音待转写.
// Real browser (Chromium's fake microphone), real server and SQLite; the recognition is a stand-in installed before
// the app loads (Chromium's own needs Google's servers).
import type { Browser, Page } from 'playwright-core'
import type { LocalServer } from '../../cloudfunctions/src/local/server'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'

jest.setTimeout(120_000)

const HEARD = '小区门口的垃圾堆了好几天没人清运'

let session: BrowserSession
let server: LocalServer
let browser: Browser

beforeAll(async () => {
  session = await openBrowserSession({ extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] })
  ;({ server, browser } = session)
})

afterAll(async () => {
  await session?.close()
})

/** A fresh phone-sized page (its own cookies) with `setup` run before the app's scripts. */
async function phone(setup: () => void): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  page.on('pageerror', (error) => console.error('[browser page error]', error))
  await page.addInitScript(setup)
  return page
}

const visible = (page: Page, text: string | RegExp, exact = true) => page.getByText(text, { exact }).locator('visible=true').first()

/** Signs in as the demo resident, opens 我要说事, records about two seconds; answers the submit payloads and answers. */
async function recordAsResident(page: Page) {
  const submits: { payload: any; answer: Promise<any> }[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/functions/cases') && request.postDataJSON()?.action === 'submit') {
      submits.push({ payload: request.postDataJSON().payload, answer: request.response().then((response) => response?.json()) })
    }
  })
  await page.goto(server.url)
  await visible(page, '您是谁？').waitFor()
  await visible(page, session.names['persona-resident']).click()
  await visible(page, '我要说事').click()
  await visible(page, '点一下开始录音').click()
  await visible(page, /正在录音 0:0\d/, false).waitFor()
  await page.waitForTimeout(2000)
  await visible(page, '说完了，点这里停止').click()
  await visible(page, '已上传').waitFor()
  return submits
}

test('without speech recognition the recording goes alone as 语音说事, marked 语音待转写', async () => {
  const page = await phone(() => {
    for (const name of ['SpeechRecognition', 'webkitSpeechRecognition']) Object.defineProperty(window, name, { value: undefined, configurable: true })
  })
  const submits = await recordAsResident(page)
  expect(await page.locator('textarea').locator('visible=true').first().inputValue()).toBe('')
  await expect(visible(page, /已把您的录音转成下面的文字/, false).count()).resolves.toBe(0)
  await visible(page, '提交').click()
  await visible(page, '已收到您说的事').waitFor()
  expect(submits).toHaveLength(1)
  expect(submits[0].payload).toMatchObject({ text: '语音说事', attachments: [{ kind: 'audio' }] })
  const answer = await submits[0].answer
  expect(answer.data).toMatchObject({ needsTranscript: true })
  expect(answer.data.suggestion).toBeUndefined()
  await page.close()
})

test('with speech recognition the transcript fills the text box; the corrected text is sent and classified', async () => {
  const page = await phone(() => {
    // A stand-in for the browser's recognition: hears one sentence while listening, ends when stopped.
    class FakeRecognition {
      lang = ''
      continuous = false
      interimResults = true
      maxAlternatives = 1
      onresult: ((event: unknown) => void) | null = null
      onerror: ((event: unknown) => void) | null = null
      onend: (() => void) | null = null
      start() {
        ;(window as any).__recognition = { lang: this.lang, continuous: this.continuous }
        setTimeout(() => {
          const result = Object.assign([{ transcript: '小区门口的垃圾堆了好几天没人清运' }], { isFinal: true })
          this.onresult?.({ resultIndex: 0, results: [result] })
        }, 300)
      }
      stop() {
        setTimeout(() => this.onend?.(), 50)
      }
    }
    Object.defineProperty(window, 'SpeechRecognition', { value: undefined, configurable: true })
    Object.defineProperty(window, 'webkitSpeechRecognition', { value: FakeRecognition, configurable: true })
  })
  const submits = await recordAsResident(page)
  await visible(page, /已把您的录音转成下面的文字/, false).waitFor()
  const box = page.locator('textarea').locator('visible=true').first()
  expect(await box.inputValue()).toBe(HEARD)
  expect(await page.evaluate(() => (window as any).__recognition)).toEqual({ lang: 'zh-CN', continuous: true })
  const corrected = `航空路小区东门口的垃圾堆了好几天没人清运`
  await box.fill(corrected)
  await visible(page, '提交').click()
  await visible(page, '已收到您说的事').waitFor()
  expect(submits).toHaveLength(1)
  expect(submits[0].payload).toMatchObject({ text: corrected, attachments: [{ kind: 'audio' }] })
  const answer = await submits[0].answer
  expect(answer.data).toMatchObject({ text: corrected, suggestion: { category: 'sanitation' } })
  expect(answer.data.needsTranscript).toBeUndefined()
  await page.close()
})

// A resident reports by voice and photo in the H5 build: MediaRecorder records (Chromium's fake microphone), a PNG is
// attached through the file input, each upload goes to POST /api/files with its own Idempotency-Key (a failed one is
// retried with the same key), 提交 sends 语音说事 with both files, and the case page shows the photo and a play button
// whose files the server serves back. Real browser, real server, real SQLite and disk storage in a temporary folder.
import fs from 'node:fs'
import path from 'node:path'
import type { Page, Request } from 'playwright-core'
import type { LocalServer } from '../../cloudfunctions/src/local/server'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'

jest.setTimeout(120_000)

// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

let session: BrowserSession
let server: LocalServer
let page: Page
let names: Record<string, string>
let photoPath: string

beforeAll(async () => {
  session = await openBrowserSession({ extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required'] })
  ;({ server, page, names } = session)
  photoPath = path.join(session.dir, 'louDao.png')
  fs.writeFileSync(photoPath, PNG)
})

afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)

/** GETs a URL inside the page (with the session cookie), as the <img> or Audio would. */
function fetchInPage(url: string) {
  return page.evaluate(async (address) => {
    const response = await fetch(address, { credentials: 'include' })
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', size: (await response.arrayBuffer()).byteLength }
  }, url)
}

test('records a voice report, attaches a photo (a failed upload is retried with the same key), and the case shows both', async () => {
  await page.goto(server.url)
  await visible('您是谁？').waitFor()
  await visible(names['persona-resident']).click()
  await visible(`${names['persona-resident']}，您好！有事您就说。`).waitFor()
  await visible('我要说事').click()

  const uploads: { key: string; contentType: string }[] = []
  const submits: any[] = []
  page.on('request', (request: Request) => {
    if (request.method() !== 'POST') return
    if (request.url().endsWith('/api/files')) uploads.push({ key: request.headers()['idempotency-key'], contentType: request.headers()['content-type'] })
    if (request.url().endsWith('/api/functions/cases') && request.postDataJSON()?.action === 'submit') submits.push(request.postDataJSON().payload)
  })

  // Voice first: record about three seconds of the fake microphone.
  await visible('点一下开始录音').click()
  await visible(/正在录音 0:0\d/, false).waitFor()
  await page.waitForTimeout(3000)
  await visible('说完了，点这里停止').click()
  await visible('第1段录音').waitFor()
  await visible('已上传').waitFor()
  expect(uploads).toHaveLength(1)
  expect(uploads[0].contentType).toMatch(/^audio\/(webm|ogg|mp4)$/)
  expect(uploads[0].key).toMatch(/^voice-[A-Za-z0-9_-]{8,}$/)

  // A photo; the network drops its first upload.
  let dropNext = true
  await page.route('**/api/files', async (route) => {
    if (dropNext) {
      dropNext = false
      return route.abort('connectionreset')
    }
    return route.continue()
  })
  // The page opens a file input (accept=image/*, multiple); the resident picks the PNG in it.
  const chooser = page.waitForEvent('filechooser')
  await visible('拍照 / 选照片').click()
  const picker = await chooser
  expect(picker.isMultiple()).toBe(true)
  await expect(picker.element().getAttribute('accept')).resolves.toBe('image/*')
  await picker.element().setInputFiles(photoPath)
  await visible('第1张照片').waitFor()
  await visible('上传失败（点此重试）').waitFor()
  await visible('提交').click()
  await visible(/第1张照片上传失败/, false).waitFor()
  expect(submits).toHaveLength(0)

  await visible('上传失败（点此重试）').click()
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.draft-files__state--uploaded')).filter((node) => (node as HTMLElement).offsetParent).length === 2)
  const photoUploads = uploads.slice(1)
  expect(photoUploads).toHaveLength(2)
  expect(photoUploads[0]).toEqual({ key: expect.stringMatching(/^img-[A-Za-z0-9_-]{8,}$/), contentType: 'image/png' })
  expect(photoUploads[1]).toEqual(photoUploads[0]) // the retry: the same file under the same key

  // No text: the recording speaks for the resident.
  await visible('提交').click()
  await visible('已收到您说的事').waitFor()
  expect(submits).toHaveLength(1)
  expect(submits[0].text).toBe('语音说事')
  expect(submits[0].attachments).toEqual([
    { fileId: expect.stringMatching(/^[a-f0-9]{32}\.(webm|ogg|m4a)$/), kind: 'audio', name: expect.stringMatching(/^voice\./) },
    { fileId: expect.stringMatching(/^[a-f0-9]{32}\.png$/), kind: 'image', name: 'photo-1.png' },
  ])

  // The case page: the photo as a thumbnail, the recording behind a big play button; the server serves both.
  await visible('查看进度').click()
  await visible('语音说事').waitFor()
  const photo = page.locator('.case-files__photo img').locator('visible=true').first()
  await photo.waitFor()
  const photoUrl = (await photo.getAttribute('src')) ?? ''
  expect(photoUrl).toMatch(/\/api\/files\/[a-f0-9]{32}\.png$/)
  await expect(fetchInPage(photoUrl)).resolves.toEqual({ status: 200, contentType: 'image/png', size: PNG.length })
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.case-files__photo img')).some((img) => (img as HTMLImageElement).naturalWidth === 1))

  // A tap shows it full screen; another tap closes it.
  await photo.click()
  const viewer = page.locator('.preview-image')
  await viewer.waitFor()
  await viewer.click()
  await viewer.waitFor({ state: 'detached' })

  const played = page.waitForResponse((response) => /\/api\/files\/[a-f0-9]{32}\.(webm|ogg|m4a)$/.test(response.url()))
  await visible('播放录音').click()
  const audio = await played
  expect(audio.status()).toBe(200)
  expect(audio.headers()['content-type']).toMatch(/^audio\//)
  const audioCheck = await fetchInPage(new URL(audio.url()).pathname)
  expect(audioCheck.status).toBe(200)
  expect(audioCheck.contentType).toMatch(/^audio\/(webm|ogg|mp4)$/)
  expect(audioCheck.size).toBeGreaterThan(1000) // about three seconds of sound, not an empty file
  // It plays: the button turns into 停止播放, and back when the three seconds are over.
  await visible('停止播放').waitFor()
  await visible('播放录音').waitFor({ timeout: 15_000 })
})

// 入户说事 in the H5 build with the network cut: the grid worker (赵敏) picks 航空路小区1栋 1单元101 by tapping, the
// petitioner comes prefilled from the household, adds a photo and the text, and finishes the intake while offline. It
// waits on the phone (待发送 1 件 · 等待网络), survives a reload of the app (photo kept as a data URL), and sends
// itself once the network returns — exactly one case, channel doorToDoor, petitioner as prefilled, with the photo.
import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import type { LocalServer } from '../../cloudfunctions/src/local/server'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { field, openCasesAsStaff, recordSubmits, screenshotBothWidths } from './grid-intake-support'

jest.setTimeout(120_000)

const REPORT = '1栋楼顶水箱漏水，顶楼住户家里墙面渗水发霉'
// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

let session: BrowserSession
let server: LocalServer
let page: Page
let context: BrowserContext
let photoPath: string

beforeAll(async () => {
  session = await openBrowserSession()
  ;({ server, page } = session)
  context = page.context()
  photoPath = path.join(session.dir, 'shuixiang.png')
  fs.writeFileSync(photoPath, PNG)
})

afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)

test('a door-to-door intake made offline waits on the phone, survives a reload, and sends itself once when the network returns', async () => {
  const submits = recordSubmits(page)
  // What reached the server (a call made while the network was cut fails and is not counted).
  const uploads: string[] = []
  const answeredSubmits: unknown[] = []
  page.on('response', (response) => {
    const request = response.request()
    if (request.method() !== 'POST') return
    if (request.url().endsWith('/api/files')) uploads.push(request.headers()['idempotency-key'])
    if (request.url().endsWith('/api/functions/cases') && request.postDataJSON()?.action === 'submit') answeredSubmits.push(request.postDataJSON().payload)
  })

  await page.goto(server.url)
  await session.signInAs('persona-grid')
  await visible('入户说事').click()
  await visible('走访哪一户').waitFor()
  await visible('航空路小区1栋').waitFor()

  // The signal goes (the app is already loaded).
  await context.setOffline(true)
  await visible(/现在没有网络/, false).waitFor()

  await visible('航空路小区1栋').click()
  await visible('1单元101').click()
  await visible('航空路小区1栋 1单元101（王秀英）').waitFor()
  await expect(field(page, '姓名').inputValue()).resolves.toBe('王秀英')
  await expect(field(page, '电话').inputValue()).resolves.toBe('13972100001')
  await expect(field(page, '门牌').inputValue()).resolves.toBe('航空路小区1栋1单元101')

  const chooser = page.waitForEvent('filechooser')
  await visible('拍照 / 选照片').click()
  await (await chooser).element().setInputFiles(photoPath)
  await visible('第1张照片').waitFor()
  await page.locator('textarea').locator('visible=true').first().fill(REPORT)
  await screenshotBothWidths(page, 'intake-grid')

  // Without the consent tick nothing is kept or sent.
  await visible('提交').click()
  await visible('请先勾选“居民已同意由网格员代为登记说事”').waitFor()
  await expect(visible(/待发送/, false).count()).resolves.toBe(0)

  await visible('居民已同意由网格员代为登记说事').click()
  await visible('提交').click()
  await visible('待发送 1 件').waitFor()
  await visible('等待网络').waitFor()
  await visible('已保存，可以登记下一件。').waitFor()
  await screenshotBothWidths(page, 'intake-grid-waiting')

  // Close the app: reload it (the page itself needs the server, so the network is back only for the page's files;
  // every call to the server still fails), then the signal goes again.
  await page.route('**/api/**', (route) => route.abort('internetdisconnected'))
  await context.setOffline(false)
  await page.reload()
  await visible('入户说事').waitFor()
  await context.setOffline(true)
  await page.unroute('**/api/**')
  await visible('待发送 1 件').waitFor()
  await visible('等待网络').waitFor()
  await visible(/现在没有网络/, false).waitFor()
  expect(answeredSubmits).toHaveLength(0)
  expect(uploads).toHaveLength(0)

  // The network returns: it sends itself, photo first, then the case.
  await context.setOffline(false)
  await visible(/^已发送 SS\d{12}$/).waitFor({ timeout: 15_000 })
  await visible('都已发送').waitFor()
  expect(uploads).toHaveLength(1)
  expect(answeredSubmits).toHaveLength(1)
  expect(submits).toHaveLength(1) // the case itself was asked for once: the intake waited for the photo's upload first
  expect(submits[0]).toEqual(
    expect.objectContaining({
      channel: 'doorToDoor',
      householdId: 'household-101',
      petitioner: { name: '王秀英', phone: '13972100001', room: '航空路小区1栋1单元101' },
      idempotencyKey: expect.stringMatching(/^intake-/),
    }),
  )

  // Exactly one case on the server, as staff see it.
  const cases = (await openCasesAsStaff(server.url, await session.cookieOf('persona-staff'))).filter((item) => item.text === REPORT)
  expect(cases).toHaveLength(1)
  expect(cases[0].channel).toBe('doorToDoor')
  expect(cases[0].petitioner?.name).toBe('王秀英')
  expect(cases[0].attachments).toEqual([{ fileId: expect.stringMatching(/\.jpg$/), kind: 'image', name: 'photo-1.jpg', url: expect.stringMatching(/^\/api\/files\//) }])
  const shown = await page.locator('.outbox__state--sent').locator('visible=true').first().innerText()
  expect(shown).toBe(`已发送 ${cases[0].caseNo}`)

  // Showing the page again or coming back online sends nothing more.
  await context.setOffline(true)
  await context.setOffline(false)
  await page.waitForTimeout(500)
  expect(submits).toHaveLength(1)
  expect(uploads).toHaveLength(1)
})

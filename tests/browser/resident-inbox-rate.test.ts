// The resident's side of a whole case in the H5 build on the local server: 接收办理进度提醒 after 我要说事,
// 消息中心 with the notice staff's triage sent, then 评价 of the published result.
// Staff and the handling unit act through the function API with their own session cookies.
// Real browser (headless Chromium), real server, real SQLite on a temporary data folder.
import type { Page } from 'playwright-core'
import type { LocalServer } from '../../cloudfunctions/src/local/server'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'

jest.setTimeout(120_000)

const REPORT = '航空路8号垃圾站三天没清运了，臭味很大，苍蝇很多'
const PUBLISHED = '环卫所已清运垃圾站并消杀，今后每天清运一次'

let session: BrowserSession
let server: LocalServer
let page: Page

beforeAll(async () => {
  session = await openBrowserSession()
  ;({ server, page } = session)


})

afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)

const signInAs = (personaId: string) => session.signInAs(personaId)

const cookieOf = (personaId: string) => session.cookieOf(personaId)

/** Calls a function as that cookie's persona; answers `data` or fails the test with the Chinese message. */
async function call<T = any>(cookie: string, name: string, action: string, payload: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${server.url}/api/functions/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ action, payload }),
  })
  const answer = (await response.json()) as { ok: boolean; data?: T; code?: string; message?: string }
  if (!answer.ok) throw new Error(`${name}.${action}: ${answer.code} ${answer.message}`)
  return answer.data as T
}

/** One workflow step on the case, with the version it has now. */
async function act(cookie: string, caseId: string, action: string, extra: Record<string, unknown> = {}) {
  const { case: current } = await call(cookie, 'cases', 'get', { caseId })
  return call(cookie, 'cases', action, { caseId, version: current.version, ...extra })
}

test('the resident turns on reminders, reads the 受理 notice in 消息中心, and rates the published result', async () => {
  await page.goto(server.url)
  await signInAs('persona-resident')

  // 我要说事, then 接收办理进度提醒 on the success screen (a browser has no WeChat dialog: every template counts as accepted).
  await visible('我要说事').click()
  await page.locator('textarea').locator('visible=true').first().fill(REPORT)
  await visible('提交').click()
  await visible('已收到您说的事').waitFor()
  await visible('接收办理进度提醒').click()
  await visible(/事情有进展时，微信会提醒您/, false).waitFor()

  const staff = await cookieOf('persona-staff')
  const handler = await cookieOf('persona-handler')
  const resident = await cookieOf('persona-resident')
  const mine = await call<{ items: { id: string; caseNo: string; summary: string }[] }>(resident, 'cases', 'listMine', {})
  const created = mine.items.find((item) => item.summary === REPORT)
  expect(created).toBeTruthy()
  const caseId = created!.id

  // Staff triage it: the resident gets a 受理 notice (and, locally, a push in the outbox).
  await act(staff, caseId, 'triage', { category: 'sanitation', urgency: 'normal', unitId: 'unit-sanitation' })
  const outbox = (await (await fetch(`${server.url}/api/dev/outbox`)).json()) as { data: { touser: string; templateId: string }[] }
  expect(outbox.data).toEqual(expect.arrayContaining([expect.objectContaining({ touser: 'persona-resident', templateId: 'local-accepted' })]))

  // Home shows 消息中心 with the unread count; the notice opens the case and is then read.
  await page.goto(server.url)
  await visible('消息中心').waitFor()
  await visible('有 1 条新消息').waitFor()
  await visible('消息中心').click()
  await visible('1 条未读').waitFor()
  await visible('您说的事已受理').waitFor()
  await visible(`${created!.caseNo}：${REPORT.slice(0, 19)}…`).waitFor()
  await expect(page.locator('.notice__time').locator('visible=true').first().innerText()).resolves.toMatch(/^\d{2}-\d{2} \d{2}:\d{2}$/)
  await visible('您说的事已受理').click()
  await visible(/已受理/, false).waitFor()
  await visible(REPORT).waitFor()
  const inbox = await call<{ unread: number; items: { read: boolean }[] }>(resident, 'identity', 'listInbox', {})
  expect(inbox.unread).toBe(0)

  // The unit handles it and staff publish the result.
  await act(staff, caseId, 'assign', { unitId: 'unit-sanitation', level: 'community', workingDays: 5 })
  await act(handler, caseId, 'accept')
  await act(handler, caseId, 'complete', { result: '已清运并消杀' })
  await act(staff, caseId, 'publish', { publishedResult: PUBLISHED })

  // The resident rates it: 满意 with a comment, and sees 已评价.
  await page.reload()
  await visible('请您评价').waitFor()
  await visible(`办理结果：${PUBLISHED}`).waitFor()
  await visible('满意').click()
  await visible('已选').waitFor()
  await page.locator('textarea').locator('visible=true').first().fill('清得很干净，谢谢')
  await visible('提交评价').click()
  await visible('感谢您的评价（满意）！').waitFor()
  await visible(/评事 · 已评价/, false).waitFor()
  await visible('您的评价：满意（清得很干净，谢谢）').waitFor()
  await expect(visible('请您评价').count()).resolves.toBe(0)

  const { case: rated } = await call(resident, 'cases', 'get', { caseId })
  expect(rated.status).toBe('rated')
  expect(rated.rating).toEqual(expect.objectContaining({ value: 'satisfied', comment: '清得很干净，谢谢' }))
})

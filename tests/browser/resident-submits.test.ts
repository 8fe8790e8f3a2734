// A resident reports a problem in the H5 build served by the local server, then staff find it in their queue.
// Real browser (headless Chromium), real server, real SQLite on a temporary data folder.
import type { Page } from 'playwright-core'
import type { LocalServer } from '../../cloudfunctions/src/local/server'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'

jest.setTimeout(120_000)

const REPORT = '航空路12号楼道的下水道堵了，污水流到家门口，请尽快疏通'

let session: BrowserSession
let server: LocalServer
let page: Page
let names: Record<string, string>

beforeAll(async () => {
  session = await openBrowserSession()
  ;({ server, page, names } = session)


})

afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)

const signInAs = (personaId: string) => session.signInAs(personaId)

test('the resident (王阿姨) reports a blocked drain, follows it in 我的说事, and staff find it in their queue', async () => {
  // Not signed in: home sends the visitor to the persona page.
  await page.goto(server.url)
  await signInAs('persona-resident')
  await visible(/每月5日、15日、25日/, false).waitFor()

  // 我要说事: type, submit, read the case number.
  await visible('我要说事').click()
  await visible('我要说事').waitFor() // the page title
  const box = page.locator('textarea').locator('visible=true').first()
  await box.fill(REPORT)
  await visible(`${Array.from(REPORT).length}/1000字`).waitFor()
  await visible('提交').click()
  await visible('已收到您说的事').waitFor()
  const caseNo = (await visible(/编号 \S+/, false).innerText()).match(/编号\s*(\S+)/)?.[1]
  expect(caseNo).toBeTruthy()
  await visible('查看进度').click()

  // The case page: the text, the step, and the first record: 说事 by 王阿姨（居民）.
  await visible(REPORT).waitFor()
  await visible(/待受理/, false).waitFor()
  await visible('办理记录').waitFor()
  const resident = `${names['persona-resident']}（居民）`
  await visible(resident).waitFor()
  const firstRecord = page.locator('.timeline__event').locator('visible=true').first()
  await expect(firstRecord.locator('.timeline__action').innerText()).resolves.toBe('说事')
  await expect(firstRecord.locator('.timeline__actor').innerText()).resolves.toBe(resident)
  await expect(firstRecord.locator('.timeline__time').innerText()).resolves.toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)

  // 我的说事 lists it; tapping it shows the same record.
  await page.goBack()
  await visible('我的说事').click()
  await visible(new RegExp(`编号 ${caseNo}`), false).waitFor()
  await visible(/航空路12号楼道的下水道堵了/, false).click()
  await visible(resident).waitFor()

  // Switch to staff: sign out from home, pick the staff persona, open the queue.
  await page.goto(server.url)
  await visible('切换身份').click()
  await signInAs('persona-staff')
  await visible('待办事项').click()
  await visible(new RegExp(`编号 ${caseNo}`), false).waitFor()
  await visible(/航空路12号楼道的下水道堵了/, false).waitFor()
})

test('an urgent report skips the queue: staff see it pinned on top', async () => {
  const resident = await session.cookieOf('persona-resident')
  const answer = await fetch(`${server.url}/api/functions/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: resident },
    body: JSON.stringify({ action: 'submit', payload: { communityId: 'community-hangkonglu', channel: 'self', text: '2栋3单元楼道里煤气味好重，怕是漏气了', idempotencyKey: 'browser-urgent-0001' } }),
  })
  expect(((await answer.json()) as { data: { urgency: string } }).data.urgency).toBe('urgent')
  // The first test left staff signed in on the queue.
  await page.reload()
  await visible(/^紧急事项 \d+ 件，请优先处置$/, false).waitFor()
  const pinned = page.locator('.queue__urgent').locator('visible=true').first()
  await expect(pinned.innerText()).resolves.toContain('煤气味好重')
})

test('a report that is too short is refused in plain Chinese and the draft is kept', async () => {
  // The first test left staff signed in.
  await page.goto(server.url)
  await visible('切换身份').click()
  await signInAs('persona-resident')
  await visible('我要说事').click()
  const box = page.locator('textarea').locator('visible=true').first()
  await box.fill('灯')
  await visible('提交').click()
  await visible('事项内容至少2个字').waitFor()
  await expect(box.inputValue()).resolves.toBe('灯')
})

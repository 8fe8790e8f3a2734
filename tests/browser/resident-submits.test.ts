// A resident reports a problem in the H5 build served by the local server, then staff find it in their queue.
// Real browser (headless Chromium), real server, real SQLite on a temporary data folder.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startLocalServer, type LocalServer } from '../../cloudfunctions/src/local/server'

jest.setTimeout(120_000)

const ROOT = path.resolve(__dirname, '../..')
const H5_DIR = path.join(ROOT, 'dist/h5')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const REPORT = '航空路12号楼道的下水道堵了，污水流到家门口，请尽快疏通'

let server: LocalServer
let browser: Browser
let page: Page
let dataDir: string
/** Demo persona names by id, as the sign-in page lists them (resident 'persona-resident' is 王阿姨 to her neighbours). */
let names: Record<string, string>

beforeAll(async () => {
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first.')
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`)
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-browser-'))
  server = await startLocalServer({ port: 0, dataDir, staticDir: H5_DIR, allowPersonas: true, enableTimers: false, quiet: true })
  const personas = (await (await fetch(`${server.url}/api/dev/personas`)).json()) as { data: { id: string; name: string }[] }
  names = Object.fromEntries(personas.data.map((persona) => [persona.id, persona.name]))
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  page.on('pageerror', (error) => console.error('[browser page error]', error))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

/** What a person can see: Taro's H5 router keeps earlier pages of the stack in the DOM, hidden. */
const visible = (text: string | RegExp, exact = true) => page.getByText(text, { exact }).locator('visible=true').first()

async function signInAs(personaId: string) {
  await visible('您是谁？').waitFor()
  await visible(names[personaId]).click()
  await visible(`${names[personaId]}，您好！有事您就说。`).waitFor()
}

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

// One case through all six steps in the H5 build, by clicking only: every persona signs in through the start page
// and acts on the case page's forms. 说事 (text and photo) → 理事 (accept the suggestion) → 议事 (agenda, decision) →
// 办事 (assign; accept, progress, complete with a photo) → 评事 (publish; the resident rates 不满意 from the 公示栏,
// the unit completes again, 满意) → 查事 (the supervisor closes it). At each step it checks the record and what
// each role sees. Real browser, real server, real SQLite. It saves each role's case screen into docs/screenshots.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { workbenchSteps } from '../support/workbench-steps'
import { screenshotBothWidths } from './grid-intake-support'

jest.setTimeout(240_000)

const REPORT = '航空路小区1栋门口的垃圾桶满了好几天没人清运，臭味很大'
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

let session: BrowserSession
let page: Page
let photoPath: string
let steps: ReturnType<typeof workbenchSteps>

beforeAll(async () => {
  session = await openBrowserSession()
  page = session.page
  steps = workbenchSteps(session)
  photoPath = path.join(session.dir, 'photo.png')
  fs.writeFileSync(photoPath, PNG)
})

afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)

async function addPhoto(button: RegExp | string) {
  const chooser = page.waitForEvent('filechooser')
  await visible(button, false).click()
  await (await chooser).setFiles(photoPath)
  await visible('已上传').waitFor()
}

const becomePersona = (personaId: string) => steps.becomePersona(personaId)
const openFromQueue = (queueButton: string) => steps.openFromQueue(queueButton, REPORT)
const act = (action: string, confirm: string, fill?: () => Promise<void>, status?: string) => steps.act(action, confirm, fill, status)
const typeInto = (label: string, text: string) => steps.typeInto(label, text)
const expectRecord = async (actions: string[]) => expect(await steps.record()).toEqual(actions)
const screenshot = (name: string) => screenshotBothWidths(page, name)

test('one case through all six steps, by clicking only', async () => {
  try {
    await walkAllSixSteps()
  } catch (error) {
    // What the page showed when it failed, for whoever reads the failure.
    await page.screenshot({ path: path.join(require('node:os').tmpdir(), 'six-steps-failure.png'), fullPage: true }).catch(() => undefined)
    throw error
  }
})

async function walkAllSixSteps() {
  // 1. 说事: the resident submits with text and a photo.
  await becomePersona('persona-resident')
  await visible('我要说事').click()
  await page.locator('textarea').locator('visible=true').first().fill(REPORT)
  const chooser = page.waitForEvent('filechooser')
  await visible('拍照 / 选照片').click()
  await (await chooser).setFiles(photoPath)
  await visible('已上传').waitFor()
  await visible('提交').click()
  await visible('已收到您说的事').waitFor()

  // 2. 理事: staff see the suggestion and the petitioner's contact, accept the suggestion in one tap, then 上会.
  await becomePersona('persona-staff')
  await openFromQueue('待办事项')
  await visible('智能分类建议').waitFor()
  await visible('拨打 13972100001').waitFor()
  await visible('受理分类').click()
  await expect(page.locator('.action-chip--chosen').locator('visible=true').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('环境卫生')]))
  await screenshot('case-staff-triage')
  await visible('确认受理').click()
  await visible('已完成：受理分类').waitFor()
  await visible('理事 · 已受理', false).waitFor()
  await act('列入议事会', '确认上会', undefined, '议事 · 待上会')
  await visible(/议事会：\d+月\d+日/, false).waitFor()
  await expectRecord(['说事', '受理分类', '列入议事会'])

  // 3. 议事 → 办事: staff record the decision and assign it (the deadline is shown before confirming).
  await act('记录议事决议', '保存决议', () => typeInto('议事决议', '由环卫所每日清运，物业加装分类垃圾桶'), '议事 · 已议定')
  await visible('交办').click()
  // The unit the classifier suggested is already chosen.
  await page.locator('.action-chip--chosen', { hasText: '胜利街道环卫所' }).locator('visible=true').first().waitFor()
  await visible(/^截止：\d+月\d+日/, false).waitFor()
  await visible('确认交办').click()
  await visible('已完成：交办').waitFor()
  await visible('办事 · 已交办', false).waitFor()
  await visible(/还剩 \d+ 个工作日/, false).waitFor()
  await expectRecord(['说事', '受理分类', '列入议事会', '记录议事决议', '交办'])

  // 4. 办事: the handler accepts, posts progress and completes with a photo.
  await becomePersona('persona-handler')
  await openFromQueue('承办事项')
  await visible('拨打 13972100001').waitFor() // those who handle the case see the phone unmasked
  await act('接收办理', '确认接收', undefined, '办事 · 办理中')
  await act('办理进展', '报告进展', () => typeInto('进展情况', '已安排清运车，今天下午到'))
  await visible('办结').click()
  await typeInto('办理结果', '垃圾已清运并消杀，增加每日一次清运')
  await addPhoto(/加照片/)
  await screenshot('case-handler-complete')
  await visible('确认办结').click()
  await visible('已完成：办结').waitFor()
  await expectRecord(['说事', '受理分类', '列入议事会', '记录议事决议', '交办', '接收办理', '办理进展', '办结'])

  // 5. 评事: staff publish; the preview shows the name masked as the board will.
  await becomePersona('persona-staff')
  await openFromQueue('待办事项')
  await visible('公示结果').click()
  await visible('公示栏上会这样显示：').waitFor()
  await visible('环境卫生 · 王**').waitFor()
  await visible('确认公示').click()
  await visible('已完成：公示结果').waitFor()

  // 6. The resident finds it on the 公示栏 and rates 不满意.
  await becomePersona('persona-resident')
  await visible('公示栏').click()
  await visible('垃圾已清运并消杀，增加每日一次清运', false).waitFor()
  await visible('这是我说的事，去评价').click()
  await visible('不满意').click()
  await visible('提交评价').click()
  await visible(/重新交给承办单位办理/, false).waitFor()

  // 7. The handler completes again; the resident rates 满意 from 我的说事.
  await becomePersona('persona-handler')
  await openFromQueue('承办事项')
  await act('接收办理', '确认接收', undefined, '办事 · 办理中')
  await act('办结', '确认办结', () => typeInto('办理结果', '已更换加盖垃圾桶，每天早晚各清运一次'))
  await becomePersona('persona-staff')
  await openFromQueue('待办事项')
  await act('公示结果', '确认公示', undefined, '已公示待评价')
  await becomePersona('persona-resident')
  await visible('我的说事').click()
  await page.locator('.case-card', { hasText: REPORT.slice(0, 12) }).locator('visible=true').first().click()
  await visible('办理记录').waitFor()
  await screenshot('case-resident-rate')
  await visible('满意').click()
  await visible('提交评价').click()
  await visible('感谢您的评价（满意）！').waitFor()

  // 8. 查事: the supervisor sees the name masked, no phone, and closes the case.
  await becomePersona('persona-supervisor')
  await openFromQueue('督办事项')
  await expect(visible('拨打 13972100001').count()).resolves.toBe(0)
  await screenshot('case-supervisor-close')
  await act('结案', '确认结案', undefined, '查事 · 已结案')
  await expectRecord([
    '说事', '受理分类', '列入议事会', '记录议事决议', '交办', '接收办理', '办理进展', '办结', '公示结果',
    '不满意，重新办理', '接收办理', '办结', '公示结果', '评价', '结案',
  ])
  await visible('评价：满意').waitFor()
}

// 需尽快核实 in the H5 build: a resident reports something the urgent scorer is unsure about (README of the classifier,
// Round 8); staff open it from the queue and the suggestion box says 需尽快核实 with the situation instead of 紧急程度：一般.
// Real browser, real server, real SQLite. Saves the staff screen into docs/screenshots.
import type { Page } from 'playwright-core'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { workbenchSteps } from '../support/workbench-steps'
import { screenshotBothWidths } from './grid-intake-support'

jest.setTimeout(180_000)

// written for this test: the scorer is unsure whether someone standing on a roof is in danger (Round 9), so it is not flagged urgent
const REPORT = '对面楼顶有个人站了好久了，不晓得在干什么'

let session: BrowserSession
let page: Page
let steps: ReturnType<typeof workbenchSteps>

beforeAll(async () => {
  session = await openBrowserSession()
  page = session.page
  steps = workbenchSteps(session)
})

afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)

test('staff see 需尽快核实 in the suggestion of a report the classifier is unsure about', async () => {
  await steps.becomePersona('persona-resident')
  await visible('我要说事').click()
  await page.locator('textarea').locator('visible=true').first().fill(REPORT)
  await visible('提交').click()
  await visible('已收到您说的事').waitFor()

  await steps.becomePersona('persona-staff')
  await steps.openFromQueue('待办事项', REPORT)
  await visible('智能分类建议').waitFor()
  await visible('需尽快核实：疑似突发急病或生命危险，请一小时内核实').waitFor()
  await expect(page.getByText('紧急程度：一般').count()).resolves.toBe(0)
  await screenshotBothWidths(page, 'case-staff-triage-check-soon')
})

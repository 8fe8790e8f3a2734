// Home as each role meets it in the H5 build (signed in through the start page): the right 说事 form or none, the work
// queue with the count of cases waiting, 督办, 议事会, 我的说事, 消息中心 and 公示栏. Saves each role's home into
// docs/screenshots at 390 px and 1280 px.
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { workbenchSteps } from '../support/workbench-steps'
import { screenshotBothWidths } from './grid-intake-support'

jest.setTimeout(120_000)

let session: BrowserSession

beforeAll(async () => {
  session = await openBrowserSession()
})

afterAll(async () => {
  await session?.close()
})

const HOMES: [persona: string, role: string, buttons: string[]][] = [
  ['persona-resident', 'resident', ['我要说事', '我的说事', '消息中心', '公示栏']],
  ['persona-grid', 'grid', ['入户说事', '网格待办', '议事会', '定题说事', '我的说事', '消息中心', '公示栏']],
  ['persona-staff', 'staff', ['登记说事', '待办事项', '议事会', '议事安排', '定题说事', '我的说事', '消息中心', '公示栏', '工作人员管理']],
  ['persona-handler', 'handler', ['承办事项', '我的说事', '消息中心']],
  ['persona-supervisor', 'supervisor', ['督办事项', '督办', '议事会', '议事安排', '定题说事', '我的说事', '消息中心', '公示栏']],
  ['persona-admin', 'admin', ['登记说事', '待办事项', '议事会', '议事安排', '定题说事', '我的说事', '消息中心', '工作人员管理']],
]

test.each(HOMES)('home of %s shows the buttons of its role', async (persona, role, buttons) => {
  await workbenchSteps(session).becomePersona(persona)
  const shown = await session.page.locator('.big-button__text').locator('visible=true').allTextContents()
  expect(shown.filter((text) => text !== '切换身份')).toEqual(buttons)
  await screenshotBothWidths(session.page, `home-${role}`)
})

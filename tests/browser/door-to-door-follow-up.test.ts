// A grid worker's 入户说事 for a household without the app (李建国, 航空路小区1栋 2单元202), handled to the end by
// clicking only: staff triage and assign it, the unit completes it, staff publish it — and since the petitioner cannot
// rate it in the app, the grid worker records their answer from a visit (回访). A case typed in for a registered
// resident's household is theirs: it shows in their 我的说事 (and they rate it themselves). Real browser on the H5 build, real server, real SQLite.
import type { Page } from 'playwright-core'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { workbenchSteps } from '../support/workbench-steps'
import { screenshotBothWidths } from './grid-intake-support'

jest.setTimeout(180_000)

const REPORT = '2单元门口堆了一大堆装修垃圾，好几天没人清理，老人进出不方便'

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

test('入户说事 for a household without the app, completed, then rated through 回访 by the grid worker', async () => {
  // 入户说事: the household's head and phone come prefilled.
  await steps.becomePersona('persona-grid')
  await visible('入户说事').click()
  await visible('航空路小区1栋').click()
  await visible('2单元202').click()
  await visible('航空路小区1栋 2单元202（李建国）').waitFor()
  await page.locator('textarea').locator('visible=true').first().fill(REPORT)
  await visible('居民已同意由网格员代为登记说事').click()
  await visible('提交').click()
  await visible(/^已发送 SS\d{12}$/).waitFor({ timeout: 15_000 })

  // Staff triage (accepting the suggestion) and assign it to 环卫所.
  await steps.becomePersona('persona-staff')
  await steps.openFromQueue('待办事项', REPORT)
  await visible('网格员入户', false).waitFor()
  await visible('拨打 13972100002').waitFor()
  await steps.act('受理分类', '确认受理', undefined, '理事 · 已受理')
  await steps.act('交办', '确认交办', () => steps.choose('胜利街道环卫所'), '办事 · 已交办')

  // The unit accepts and completes it.
  await steps.becomePersona('persona-handler')
  await steps.openFromQueue('承办事项', REPORT)
  await steps.act('接收办理', '确认接收', undefined, '办事 · 办理中')
  await steps.act('办结', '确认办结', () => steps.typeInto('办理结果', '装修垃圾已全部清走，已提醒装修户自行清运'))

  // Staff publish it; no app rating can come, so 回访 is what closes the loop.
  await steps.becomePersona('persona-staff')
  await steps.openFromQueue('待办事项', REPORT)
  await steps.act('公示结果', '确认公示', undefined, '已公示待评价')

  // The grid worker visits and records the answer.
  await steps.becomePersona('persona-grid')
  await steps.openFromQueue('网格待办', REPORT)
  await visible('回访评价').click()
  await visible(/请联系说事人 李建国（13972100002）/, false).waitFor()
  await steps.choose('上门回访')
  await steps.choose('基本满意')
  await steps.typeInto('说事人的原话（可不填）', '清走了就好，以后别再堆')
  await screenshotBothWidths(page, 'case-grid-follow-up')
  await visible('记录回访').click()
  await visible('已完成：回访评价').waitFor()
  await visible('评事 · 已评价', false).waitFor()
  await visible('上门回访：基本满意').waitFor()
  await visible('评价：基本满意（清走了就好，以后别再堆）').waitFor()
  expect(await steps.record()).toEqual(['说事', '受理分类', '交办', '接收办理', '办结', '公示结果', '回访评价'])
  // 议事 was not part of this case's path: the step bar says so.
  await visible('未经过').waitFor()
})

test('a door-to-door case for a registered resident\'s household shows in their 我的说事', async () => {
  // 王秀英 is registered: a door-to-door case for her household is linked to her account.
  await steps.becomePersona('persona-grid')
  await visible('入户说事').click()
  await visible('航空路小区1栋').click()
  await visible('1单元101').click()
  await page.locator('textarea').locator('visible=true').first().fill('1单元楼道的声控灯坏了，晚上上楼看不清')
  await visible('居民已同意由网格员代为登记说事').click()
  await visible('提交').click()
  await visible(/^已发送 SS\d{12}$/).waitFor({ timeout: 15_000 })

  // It shows in her 我的说事.
  await steps.becomePersona('persona-resident')
  await visible('我的说事').click()
  await page.locator('.case-card', { hasText: '1单元楼道的声控灯坏了' }).locator('visible=true').first().waitFor()
})

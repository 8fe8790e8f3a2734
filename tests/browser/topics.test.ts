// 定题说事 in the H5 build on the local server, as people do it: staff start a topic for 1栋 and 2栋 (one answer per
// household) and publish it; the resident finds it on the home page, answers, then changes the answer; the grid
// worker records a household at the door (through the API); staff see the tally by option and building, close the
// topic and publish the result; the 公示栏 shows it without names. Screenshots at 390 and 1280 for staff and resident.
import type { Page } from 'playwright-core'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { workbenchSteps } from '../support/workbench-steps'
import { call } from './work-lists-api'
import { screenshotBothWidths } from './grid-intake-support'

jest.setTimeout(240_000)

const QUESTION = '一楼楼道是否封闭垃圾通道？'
let session: BrowserSession
let page: Page
let topicId = ''

beforeAll(async () => {
  session = await openBrowserSession()
  page = session.page
})
afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)
const steps = () => workbenchSteps(session)
const input = (placeholder: string) => page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`).locator('visible=true').first()
const chip = (text: string) => page.locator('.topic-chips__chip', { hasText: text }).locator('visible=true').first()

test('staff start a topic for two buildings and publish it', async () => {
  await steps().becomePersona('persona-staff')
  await visible('定题说事').click()
  await visible('发起定题说事').click()
  await input('如：一楼楼道是否封闭垃圾通道？').fill(QUESTION)
  await input('背景、方案、费用等').fill('垃圾通道异味大、招老鼠，物业建议封闭，改为楼下定点投放。')
  await input('选项1').fill('同意封闭')
  await chip('航空路小区1栋').click()
  await chip('航空路小区2栋').click()
  await chip('每户一份').click()
  await screenshotBothWidths(page, 'topic-form-staff')
  await visible('保存（发布前可检查）').click()
  await visible('发布，通知居民').waitFor()
  topicId = new URL(page.url().replace('#', '')).searchParams.get('id') ?? ''
  expect(topicId).toMatch(/^topic-/)
  await visible('发布，通知居民').click()
  await visible('征询中').waitFor()
  await visible('参与：0 / 3 户（0%）').waitFor()
})

test('the resident answers from the home page and changes the answer', async () => {
  await steps().becomePersona('persona-resident')
  const card = page.locator('.open-topics').locator('visible=true')
  await card.getByText(QUESTION).waitFor()
  await card.getByText('去发表意见 ›').waitFor()
  await screenshotBothWidths(page, 'topic-home-resident')
  await card.getByText(QUESTION).click()
  await visible('提交意见').waitFor()
  await visible('同意封闭').click()
  await input('写下您的想法').fill('早该封了，夏天味道太大')
  await visible('提交意见').click()
  await visible('已提交，谢谢您！截止前还可以修改。').waitFor()
  await visible(/您已于.*发表意见：同意封闭/, false).waitFor()
  await visible('不同意').click()
  await visible('保存修改').click()
  await visible(/您已于.*发表意见：不同意/, false).waitFor()
  await screenshotBothWidths(page, 'topic-answer-resident')
})

test('the grid worker records 2栋’s 张桂兰 at the door; 王秀英’s own answer cannot be overwritten', async () => {
  await steps().becomePersona('persona-grid')
  await visible('定题说事').click()
  await page.locator('.topics__item', { hasText: QUESTION }).locator('visible=true').first().click()
  await visible('入户记录（我的网格）').waitFor()
  const row = (who: string) => page.locator('.household-answers__row', { hasText: who }).locator('visible=true').first()
  await row('王秀英').getByText('不同意（居民自己提交）').waitFor()
  await row('张桂兰').getByText('未作答').click()
  await row('张桂兰').getByText('同意封闭').click()
  await row('张桂兰').locator('input').fill('同意，尽快办')
  await row('张桂兰').getByText('记录这一户').click()
  await row('张桂兰').getByText('同意封闭（入户记录）').waitFor()
  await screenshotBothWidths(page, 'topic-door-to-door-grid')
  // Overwriting a household that answered itself is refused with the reason.
  const grid = await session.cookieOf('persona-grid')
  await expect(call(session, grid, 'meetings', 'answerTopic', { topicId, householdId: 'household-101', optionId: 'o1', idempotencyKey: 'browser-door-101' })).rejects.toThrow(/HOUSEHOLD_ANSWERED|已由王\*\*作答/)
})

test('staff see the tally, close the topic and publish the result; the 公示栏 shows it without names', async () => {
  await steps().becomePersona('persona-staff')
  await visible('定题说事').click()
  await page.locator('.topics__item', { hasText: QUESTION }).locator('visible=true').first().click()
  await visible('参与：2 / 3 户（67%）').waitFor()
  const tally = await page.locator('.topic-tally').locator('visible=true').innerText()
  expect(tally).toContain('同意封闭')
  expect(tally).toContain('航空路小区1栋')
  expect(tally).toContain('1/2 户 · 同意封闭 0 · 不同意 1')
  expect(tally).toContain('1/1 户 · 同意封闭 1 · 不同意 0')
  expect(tally).toContain('王**')
  expect(tally).not.toContain('王秀英')
  await screenshotBothWidths(page, 'topic-tally-staff')

  await visible('结束征询').click()
  await visible('已结束').waitFor()
  await visible('公示到公示栏').click()
  await visible('已公示的结果').waitFor()

  await steps().becomePersona('persona-resident')
  await visible('公示栏').click()
  const board = page.locator('.board-topics').locator('visible=true')
  await board.getByText(QUESTION).waitFor()
  const text = await board.innerText()
  expect(text).toContain('参与 2/3 户（67%）')
  expect(text).toContain('共2户参与（3户中，67%）：同意封闭1户，不同意1户。')
  expect(text).not.toContain('王')
  await screenshotBothWidths(page, 'topic-board-resident')
})

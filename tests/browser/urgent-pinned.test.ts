// Staff with many open urgent cases: page 1 of 待办事项 pins the newest five ("紧急事项 5 件以上"), shows none of
// them twice, and 看全部紧急事项 opens the 紧急 tab with all of them. The H5 build on the local server, as a person
// would use it; the reports come in through the function API. Screenshots go to docs/screenshots.
import type { Page } from 'playwright-core'
import type { LocalServer } from '../../cloudfunctions/src/local/server'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { shoot } from './work-lists-screens'
import { COMMUNITY_ID, call } from './work-lists-api'

jest.setTimeout(180_000)

const PLACES = ['1栋2单元', '2栋1单元', '3栋3单元', '4栋2单元', '5栋1单元', '6栋4单元', '7栋2单元']
const urgentText = (place: string) => `${place}楼道里煤气味好重，怕是漏气了`

let session: BrowserSession
let server: LocalServer
let page: Page

beforeAll(async () => {
  session = await openBrowserSession()
  ;({ server, page } = session)
  const resident = await session.cookieOf('persona-resident')
  for (const [i, place] of PLACES.entries()) {
    const submitted = await call<{ urgency: string }>(session, resident, 'cases', 'submit', { communityId: COMMUNITY_ID, channel: 'self', text: urgentText(place), idempotencyKey: `browser-pinned-000${i}` })
    expect(submitted.urgency).toBe('urgent')
    await new Promise((resolve) => setTimeout(resolve, 5)) // newest first needs distinct times
  }
})

afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)
const shown = (selector: string) => page.locator(selector).locator('visible=true')
const cardTexts = async (selector: string) => (await shown(selector).allInnerTexts()).map((text) => PLACES.find((place) => text.includes(urgentText(place))) ?? 'other')

test('page 1 pins the five newest urgent cases once; 看全部紧急事项 lists all seven under 紧急', async () => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(server.url)
  await session.signInAs('persona-staff')
  await visible('待办事项').click()
  await visible('紧急事项 5 件以上，请优先处置').waitFor()

  const newestFirst = [...PLACES].reverse()
  await expect(cardTexts('.queue__urgent .case-card')).resolves.toEqual(newestFirst.slice(0, 5))
  // Below the pinned ones, the page holds the two older urgent cases and nothing pinned a second time.
  const all = await cardTexts('.case-card')
  expect(all.filter((place) => place !== 'other')).toEqual([...newestFirst.slice(0, 5), ...newestFirst.slice(5)])
  // The older urgent cases below the box are marked 紧急 too.
  await expect(shown('.case-card__urgent').count()).resolves.toBe(PLACES.length)
  await shoot(page, 'queue-urgent-pinned-staff-390', 390)
  await shoot(page, 'queue-urgent-pinned-staff-1280', 1280)

  await page.setViewportSize({ width: 390, height: 844 })
  await visible('看全部紧急事项 ›').click()
  await expect(shown('.queue__tab--current').innerText()).resolves.toBe('紧急')
  await visible(urgentText(PLACES[0]), false).waitFor()
  await expect(cardTexts('.case-card')).resolves.toEqual(newestFirst)
  await expect(shown('.queue__urgent').count()).resolves.toBe(0)
  await shoot(page, 'queue-urgent-tab-staff-390', 390)
  await shoot(page, 'queue-urgent-tab-staff-1280', 1280)

  // Back to 未办结: the pinned list again.
  await page.setViewportSize({ width: 390, height: 844 })
  await visible('未办结').click()
  await visible('紧急事项 5 件以上，请优先处置').waitFor()
})

test.each([
  ['persona-grid', '网格待办', 'grid', true],
  ['persona-supervisor', '督办事项', 'supervisor', true],
  ['persona-handler', '承办事项', 'handler', false],
])('%s sees the same pinned box and 紧急 tab in their own scope', async (persona, title, role, seesThem) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(server.url)
  await visible('切换身份').click()
  await session.signInAs(persona)
  await visible(title).click()
  await visible(title).waitFor()
  if (seesThem) await visible('紧急事项 5 件以上，请优先处置').waitFor()
  else await visible('这里没有事项').waitFor() // the unit has none of them: they are not assigned yet
  await shoot(page, `queue-urgent-pinned-${role}-390`, 390)
  await shoot(page, `queue-urgent-pinned-${role}-1280`, 1280)
  await page.setViewportSize({ width: 390, height: 844 })
  await visible('紧急').click()
  await expect(shown('.queue__tab--current').innerText()).resolves.toBe('紧急')
  if (seesThem) {
    await visible(urgentText(PLACES[0]), false).waitFor()
    await expect(cardTexts('.case-card')).resolves.toEqual([...PLACES].reverse())
  } else {
    await visible('这里没有事项').waitFor()
  }
})

// The work lists in the H5 build on the local server, with time moved forward (server clock and the browser's):
// the supervisor finds the overdue case first in 督办; staff see the queue with working-day countdowns and
// 需尽快核实 on a suspected emergency not yet sorted — at 1280 px
// the list and the chosen case's workbench side by side — and the 议事会 agenda grouped by meeting date.
// Cases are brought to their step through the function API; screenshots go to docs/screenshots.
import type { Page } from 'playwright-core'
import { workingDaysLeft } from '../../src/core/domain/deadlines'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { call, signInActors, workflow, type Actors } from './work-lists-api'
import { shoot } from './work-lists-screens'

jest.setTimeout(240_000)

const DAY = 24 * 60 * 60 * 1000
/** The server starts at a fixed Saturday morning (10:00 in Shanghai), whatever day the test runs. */
const START = Date.parse('2026-12-05T02:00:00Z')
const LATER = 4 * DAY // from Saturday 5 Dec to Wednesday 9 Dec: a one-working-day deadline is two working days past
const OVERDUE = '3栋楼道的灯坏了，晚上看不见'
const LONG = '小区门口井盖松动，怕有人踩空'
const SOON = '垃圾分类亭的门关不上，垃圾被风吹得到处都是'
const HALL = '航空路社区党群服务中心一楼 居民说事厅'
const ROOM = '航空路社区居委会二楼会议室'
const LIFT = '小区想加装电梯，住户意见不一'
const PARKING = '楼下广场停车乱，想划停车位'
const PARKING_DECISION = '由物业划线，方案在公示栏公示七天'
const GYM = '健身器材生锈了，孩子玩容易划伤'
/** The classifier is unsure (tests/functions/case-lifecycle.test.ts): not urgent, but 需尽快核实 while unsorted. */
const UNSURE = '对面楼顶有个人站了好久了，不晓得在干什么'

let session: BrowserSession
let page: Page
let actors: Actors
let overdueDueAt = ''

/** A date `days` after the server's today, as YYYY-MM-DD in Shanghai. */
const shanghaiDay = (days: number) => new Date(START + 8 * 3600_000 + days * DAY).toISOString().slice(0, 10)
/** Moves the server's clock to `at` (an offset from the real time). */
const setServerTime = async (at: number) =>
  fetch(`${session.server.url}/api/dev/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ offsetMs: at - Date.now() }) })
const dayLabel = (date: string) => {
  const d = new Date(date + 'T00:00:00Z')
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日（周${'日一二三四五六'[d.getUTCDay()]}）`
}
const lateMeeting = shanghaiDay(10)
const earlyMeeting = shanghaiDay(5)

beforeAll(async () => {
  session = await openBrowserSession()
  page = session.page
  actors = await signInActors(session)
  await setServerTime(START)
  const flow = workflow(session, actors)
  const overdue = await flow.submit(OVERDUE)
  await flow.handling(overdue, 1, 'facility')
  await flow.handling(await flow.submit(LONG), 10, 'facility')
  await flow.handling(await flow.submit(SOON), 3)
  await flow.onAgenda(await flow.submit(LIFT), lateMeeting, HALL)
  await flow.onAgenda(await flow.submit(PARKING), lateMeeting, HALL, PARKING_DECISION)
  await flow.onAgenda(await flow.submit(GYM), earlyMeeting, ROOM)
  overdueDueAt = (await call(session, actors.staff, 'cases', 'get', { caseId: overdue })).case.dueAt
  await flow.submit(UNSURE)

  // Four days later, on the server and in the browser; the supervision timer marks what is overdue.
  await setServerTime(START + LATER)
  const sweep = await (await fetch(`${session.server.url}/api/dev/timers/supervision/run`, { method: 'POST' })).json()
  expect(sweep.ok).toBe(true)
  await page.clock.install({ time: new Date(START + LATER) })
})

afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)
const shown = (selector: string) => page.locator(selector).locator('visible=true')

async function signInFresh(personaId: string) {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(session.server.url)
  const switchButton = visible('切换身份')
  if (await switchButton.isVisible().catch(() => false)) await switchButton.click()
  await session.signInAs(personaId)
}

test('the supervisor sees the overdue case first in 督办, with its countdown and unit', async () => {
  await signInFresh('persona-supervisor')
  await visible('督办').click()
  await visible(OVERDUE.slice(0, 14), false).waitFor()

  const titles = await shown('.watch-section__title').allInnerTexts()
  expect(titles.map((title) => title.split('\n')[0].replace(/\s*\d+ 件$/, ''))).toEqual(['已超期', '即将到期', '已提级督办', '待结案'])
  const firstSection = shown('.watch-section').first()
  const firstCard = firstSection.locator('.case-card').first()
  const lateDays = -workingDaysLeft(new Date(START + LATER), overdueDueAt)
  expect(lateDays).toBeGreaterThan(0)
  await expect(firstCard.innerText()).resolves.toContain(OVERDUE.slice(0, 14))
  await expect(firstCard.innerText()).resolves.toContain(`已超期 ${lateDays} 个工作日`)
  await expect(firstCard.innerText()).resolves.toContain('承办：胜利街道环卫所')
  const soonSection = shown('.watch-section').nth(1)
  await expect(soonSection.innerText()).resolves.toContain(SOON.slice(0, 14))
  await expect(soonSection.innerText()).resolves.not.toContain(LONG.slice(0, 10))
  await shoot(page, 'supervise-supervisor-390', 390)

  // At a desk the first case opens beside the sections.
  await page.setViewportSize({ width: 1280, height: 900 })
  await shown('.desk__case').locator('text=' + OVERDUE).first().waitFor()
  await shoot(page, 'supervise-supervisor-1280', 1280)
})

test("staff's queue: countdowns on a phone; at 1280 px the list and the chosen case side by side", async () => {
  await signInFresh('persona-staff')
  await visible('待办事项').click()
  await visible(OVERDUE.slice(0, 14), false).waitFor()
  const overdueCard = shown('.case-card').filter({ hasText: OVERDUE.slice(0, 14) }).first()
  await expect(overdueCard.innerText()).resolves.toMatch(/已超期 \d+ 个工作日/)
  const longCard = shown('.case-card').filter({ hasText: LONG.slice(0, 10) }).first()
  await expect(longCard.innerText()).resolves.toMatch(/还剩 \d+ 个工作日/)
  // A report the classifier suspects is an emergency, not yet sorted: staff are asked to look within the hour.
  const unsureCard = shown('.case-card').filter({ hasText: UNSURE.slice(0, 10) }).first()
  await expect(unsureCard.locator('.case-card__check-soon').innerText()).resolves.toBe('需尽快核实：疑似突发急病或生命危险')
  await expect(shown('.case-card__check-soon').count()).resolves.toBe(1)
  // Staff's own push switch: the demo staff already holds credits; one tap adds more (a browser accepts every template).
  await visible('开启工作提醒').click()
  await visible(/有新的工作时，微信会提醒您/, false).waitFor()
  await expect(shown('.work-reminders__kind--on').allInnerTexts()).resolves.toContain('紧急事项')
  await expect(shown('.desk__case').count()).resolves.toBe(0) // a phone: no case beside the list
  await shoot(page, 'queue-staff-390', 390)

  await page.setViewportSize({ width: 1280, height: 900 })
  await shown('.desk--wide').waitFor()
  const listBox = await shown('.desk__list').boundingBox()
  const paneBox = await shown('.desk__case').boundingBox()
  expect(listBox && paneBox).toBeTruthy()
  expect(listBox!.width).toBeGreaterThan(1280 * 0.3)
  expect(listBox!.width).toBeLessThan(1280 * 0.5)
  expect(paneBox!.x).toBeGreaterThanOrEqual(listBox!.x + listBox!.width - 1) // beside, not below
  // A tap on a card shows that case's workbench beside the list, with its record and actions.
  await overdueCard.click()
  await shown('.desk__case').locator(`text=${OVERDUE}`).first().waitFor()
  await expect(shown('.case-card--selected').innerText()).resolves.toContain(OVERDUE.slice(0, 14))
  await expect(shown('.desk__case').innerText()).resolves.toContain('已超期')
  await shoot(page, 'queue-staff-1280', 1280)

  // Acting in the workbench beside the list refreshes the list: 提级督办 shows on the card.
  const pane = shown('.desk__case')
  await pane.getByText('提级督办', { exact: true }).click()
  await pane.getByText('确认提级', { exact: true }).click()
  await shown('.case-card--selected').filter({ hasText: '提级督办 1 次（街道）' }).waitFor()
})

test("staff's 议事会: the agenda grouped by meeting date, earliest first, 待上会 / 已议定 with the decision", async () => {
  await signInFresh('persona-staff')
  await visible('议事会').click()
  await visible(GYM.slice(0, 10), false).waitFor()
  const headings = await shown('.agenda__heading').allInnerTexts()
  expect(headings).toEqual([`${dayLabel(earlyMeeting)} ${ROOM}`, `${dayLabel(lateMeeting)} ${HALL}`])
  const late = shown('.agenda__group').nth(1)
  const lift = late.locator('.agenda-item').filter({ hasText: LIFT.slice(0, 10) })
  const parking = late.locator('.agenda-item').filter({ hasText: PARKING.slice(0, 10) })
  await expect(lift.innerText()).resolves.toContain('待上会')
  await expect(parking.innerText()).resolves.toContain('已议定')
  await expect(parking.innerText()).resolves.toContain(`决议：${PARKING_DECISION}`)
  await shoot(page, 'agenda-staff-390', 390)
  // On a phone a tap opens the case page.
  await lift.click()
  await visible(LIFT).waitFor()
})

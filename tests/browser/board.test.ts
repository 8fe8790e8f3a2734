// 公示栏 in the H5 build on the local server: staff publish results through the function API; the resident opens
// 公示栏 from home, sees the entries masked (王** / 匿名) with what was done and the rating, finds their own case
// with 这是我说的事，去评价 and lands on its case page. Screenshots at phone (390) and desk (1280) width.
import type { Page } from 'playwright-core'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { signInActors, workflow, type Actors } from './work-lists-api'
import { shoot } from './work-lists-screens'

jest.setTimeout(180_000)

const MINE = '航空路8号垃圾站三天没清运了，臭味很大，苍蝇很多'
const MINE_RESULT = '环卫所已清运垃圾站并消杀，今后每天清运一次'
const OTHER = '5栋楼道堆满杂物，老人上下楼不方便'
const OTHER_RESULT = '网格员和物业上门劝导，杂物已清走'
const ANONYMOUS = '晚上广场舞音乐太响，影响休息'
const ANONYMOUS_RESULT = '与舞蹈队约定晚上九点前结束、音量减半'

let session: BrowserSession
let page: Page
let actors: Actors
let mineId = ''

beforeAll(async () => {
  session = await openBrowserSession()
  page = session.page
  actors = await signInActors(session)
  const flow = workflow(session, actors)
  // Oldest first: the board lists the newest publication on top.
  const anonymousId = await flow.submit(ANONYMOUS, { petitioner: { name: '刘桂兰', room: '2栋1单元302' }, anonymous: true })
  await flow.published(anonymousId, ANONYMOUS_RESULT, 'dispute')
  const otherId = await flow.submit(OTHER, { petitioner: { name: '李建国', room: '5栋2单元101' } })
  await flow.published(otherId, OTHER_RESULT, 'property')
  // 李建国 has no app account: the grid worker's 回访 records his rating.
  await flow.act(actors.grid, otherId, 'cases', 'recordFollowUp', { rating: 'satisfied', method: 'visit', comment: '清得很干净' })
  mineId = await flow.submit(MINE)
  await flow.published(mineId, MINE_RESULT)
})

afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)

test('the resident opens 公示栏 from home, sees the results masked, and goes from their own entry to 评价', async () => {
  await page.goto(session.server.url)
  await session.signInAs('persona-resident')
  await visible('公示栏').click()
  await visible(MINE_RESULT).waitFor()

  const entries = page.locator('.board-entry').locator('visible=true')
  await expect(entries.count()).resolves.toBe(3)
  const texts = await entries.allInnerTexts()
  // Newest publication first; names masked or 匿名; the full names never appear.
  expect(texts[0]).toContain('说事人：王**')
  expect(texts[0]).toContain('环境卫生')
  expect(texts[0]).toContain('等待说事人评价')
  expect(texts[0]).toMatch(/公示于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
  expect(texts[1]).toContain('说事人：李**')
  expect(texts[1]).toContain(OTHER_RESULT)
  expect(texts[1]).toContain('说事人评价：满意')
  expect(texts[2]).toContain('说事人：匿名')
  expect(texts[2]).toContain(ANONYMOUS_RESULT)
  const all = texts.join('\n')
  for (const name of ['王秀英', '李建国', '刘桂兰']) expect(all).not.toContain(name)
  // Only the resident's own entry has the button.
  await expect(page.locator('.board-entry').locator('visible=true').filter({ hasText: '这是我说的事' }).count()).resolves.toBe(1)

  await shoot(page, 'board-resident-390', 390)
  await shoot(page, 'board-resident-1280', 1280)
  await page.setViewportSize({ width: 390, height: 844 })

  await visible('这是我说的事，去评价').click()
  await visible('请您评价').waitFor()
  await visible(`办理结果：${MINE_RESULT}`).waitFor()
  expect(page.url()).toContain(encodeURIComponent(mineId))
})

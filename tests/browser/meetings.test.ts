// 议事会 in the H5 build: 王秀英 answers a 定题说事; staff schedule a 议事会 on 议事安排, put a case on it from the case
// page (the other through the API), take up the topic (its tally shows on the meeting page), add a participant, tick the attendance sheet, record each item's minutes, mark it held and publish the
// minutes. Both cases move on (one assigned in the same step, one deliberated) and both petitioners are told: 王秀英
// reads it in her 消息中心 and sees the meeting on her case page and the minutes on the 公示栏. Real browser, real
// server, real SQLite. Screenshots of every meeting screen at 390 and 1280 px.
import type { Page } from 'playwright-core'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { workbenchSteps } from '../support/workbench-steps'
import { screenshotBothWidths } from './grid-intake-support'
import { call } from './work-lists-api'
import { dispatch } from '../../cloudfunctions/src/runtime/dispatcher'
import { FUNCTION_ACTIONS } from '../../cloudfunctions/src/runtime/registry'
import { shanghaiDate } from '../../src/core/domain/deadlines'

jest.setTimeout(240_000)

const COMMUNITY = 'community-hangkonglu'
const WANG_TEXT = '1栋楼道堆满杂物，邻居之间说不拢'
const LIU_TEXT = '广场舞音响太吵，晚上十点还在放'
const TOPIC = '一楼楼道是否封闭垃圾通道？'

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
/** A resident without a demo persona: acts through the same dispatcher as the server, as their own OPENID. */
const asLiu = (fn: 'cases' | 'identity' | 'meetings', action: string, payload: unknown) =>
  dispatch(FUNCTION_ACTIONS[fn], { action, payload }, { deps: session.server.runtime.deps, openid: 'resident-liu' }) as Promise<{ ok: boolean; data: any }>

test('staff run a 议事会 with two cases: attendance and minutes move both cases on and tell both petitioners', async () => {
  try {
    await runMeeting()
  } catch (error) {
    await page.screenshot({ path: require('node:path').join(require('node:os').tmpdir(), 'meetings-failure.png'), fullPage: true }).catch(() => undefined)
    throw error
  }
})

async function runMeeting() {
  const { deps } = session.server.runtime
  await deps.repos.users.upsert({ id: 'user-liu', openid: 'resident-liu', name: '刘建国', phone: '13972100099', role: 'resident', streetId: 'street-shengli', communityId: COMMUNITY })
  const staff = await session.cookieOf('persona-staff')
  const resident = await session.cookieOf('persona-resident')
  const wangCase = await call(session, resident, 'cases', 'submit', { communityId: COMMUNITY, text: WANG_TEXT, channel: 'self', idempotencyKey: `meetings-browser-wang-${Date.now()}` })
  const liuCase = (await asLiu('cases', 'submit', { communityId: COMMUNITY, text: LIU_TEXT, channel: 'self', idempotencyKey: `meetings-browser-liu-${Date.now()}` })).data
  for (const c of [wangCase, liuCase]) await call(session, staff, 'cases', 'triage', { caseId: c.id, version: c.version, category: 'dispute', urgency: 'normal' })
  // A 定题说事 the meeting will take up, open to the whole community.
  const today = shanghaiDate(new Date())
  const inAWeek = shanghaiDate(new Date(Date.now() + 7 * 86400000))
  const topic = await call(session, staff, 'meetings', 'createTopic', { question: TOPIC, options: ['同意封闭', '不同意'], allowComment: true, audience: 'community', opensOn: today, closesOn: inAWeek, idempotencyKey: `meetings-browser-topic-${Date.now()}` })
  await call(session, staff, 'meetings', 'openTopic', { topicId: topic.id })

  // 0. 王秀英 answers the topic from her home page.
  await steps.becomePersona('persona-resident')
  const card = page.locator('.open-topics').locator('visible=true')
  await card.getByText(TOPIC).click()
  await visible('同意封闭').click()
  await visible('提交意见').click()
  await visible('已提交，谢谢您！截止前还可以修改。').waitFor()

  // 1. Staff schedule today's 议事会 (late tonight, so it is never in the past) on 议事安排.
  await steps.becomePersona('persona-staff')
  await visible('议事安排').click()
  await visible('安排议事会').click()
  await steps.typeInto('议事日期', today)
  await steps.typeInto('开始时间', '23:59')
  await visible('确认安排').click()
  await visible('签到码').waitFor()
  const meetingId = new URL(page.url().replace('#', '')).searchParams.get('id')!
  expect(meetingId).toBeTruthy()

  // 2. 王秀英's case goes on it from the case page (the planned meeting is offered); 刘建国's through the API.
  await page.goto(`${session.server.url}/#/pages/case/index?id=${wangCase.id}`)
  await visible('列入议事会').click()
  await page.locator('.action-chip', { hasText: '23:59 议事会' }).locator('visible=true').first().click()
  await visible('确认上会').click()
  await visible('已完成：列入议事会').waitFor()
  await visible('查看议事会 ›').waitFor()
  const liuNow = await call(session, staff, 'cases', 'get', { caseId: liuCase.id })
  await call(session, staff, 'meetings', 'putOnAgenda', { caseId: liuCase.id, version: liuNow.case.version, meetingId })
  await call(session, staff, 'meetings', 'addParticipant', { meetingId, part: 'partyConcerned', name: '刘建国', userId: 'user-liu' })

  // 3. The meeting page: the topic joins the agenda with its tally; add the deputy, tick the attendance sheet.
  await page.goto(`${session.server.url}/#/packages/work/meeting/index?id=${meetingId}`)
  await visible('议程（2）').waitFor()
  await visible('+ 添加定题说事').click()
  await page.locator('.action-chip', { hasText: TOPIC }).locator('visible=true').first().click()
  await visible('加入议程').click()
  await visible('议程（3）').waitFor()
  const topicItem = page.locator('.meeting-item', { hasText: TOPIC }).locator('visible=true').first()
  await topicItem.getByText(/^参与：1 \/ \d+ 人/).waitFor()
  await topicItem.getByText('1 份 · 100%').waitFor()
  await visible('+ 添加参会人').click()
  await page.locator('.action-chip', { hasText: '两代表一委员' }).locator('visible=true').first().click()
  await steps.typeInto('姓名', '刘代表')
  await visible('添加').click()
  await visible('参会人员（2）').waitFor()
  for (const row of await page.locator('.meeting-person').locator('visible=true').all()) await row.getByText('到', { exact: true }).click()
  // Each mark shows once the server has recorded it: wait for the second before counting.
  await page.locator('.meeting-mark--present').locator('visible=true').nth(1).waitFor()
  await expect(page.locator('.meeting-mark--present').locator('visible=true').count()).resolves.toBe(2)

  // 4. Minutes per item: the first decided and assigned to the unit with a deadline, the second decided only.
  await page.locator('.meeting-item', { hasText: WANG_TEXT }).getByText('记录纪要', { exact: true }).click()
  await steps.typeInto('讨论情况', '双方到场，邻居同意一周内清理')
  await steps.typeInto('议事决议（解决方案和措施）', '物业三日内清理楼道，环卫所每日清运')
  await steps.choose('胜利街道环卫所')
  await steps.choose('3个工作日')
  await page.locator('.action-chip').getByText('社区', { exact: true }).locator('visible=true').first().click()
  await visible(/^截止：/, false).waitFor()
  await screenshotBothWidths(page, 'meeting-minutes-form-staff')
  await visible('保存纪要').click()
  await visible('决议：物业三日内清理楼道，环卫所每日清运').waitFor()
  await page.locator('.meeting-item', { hasText: LIU_TEXT }).getByText('记录纪要', { exact: true }).click()
  await steps.typeInto('讨论情况', '听取双方意见')
  await steps.typeInto('议事决议（解决方案和措施）', '晚九点后停止使用音响')
  await visible('保存纪要').click()
  await visible('决议：晚九点后停止使用音响').waitFor()
  await topicItem.getByText('记录纪要', { exact: true }).click()
  await steps.typeInto('讨论情况', '征询结果多数同意')
  await steps.typeInto('议事决议（解决方案和措施）', '由物业封闭一楼垃圾通道，改为定点投放')
  await steps.choose('荆州宏远物业公司')
  await visible('保存纪要').click()
  await visible('决议：由物业封闭一楼垃圾通道，改为定点投放').waitFor()
  await screenshotBothWidths(page, 'meeting-staff')

  // 5. Held, then the minutes go to the 公示栏.
  await visible('会议已召开').click()
  await visible('已召开').waitFor()
  await visible('公示纪要').click()
  await visible('纪要已公示').waitFor()

  // Both cases moved on, one event each.
  const wangAfter = await call(session, staff, 'cases', 'get', { caseId: wangCase.id })
  expect(wangAfter.case).toMatchObject({ status: 'assigned', unitId: 'unit-sanitation', meeting: { id: meetingId, decision: '物业三日内清理楼道，环卫所每日清运' } })
  expect(wangAfter.timeline.slice(-2).map((e: { action: string }) => e.action)).toEqual(['recordDecision', 'assign'])
  expect((await call(session, staff, 'cases', 'get', { caseId: liuCase.id })).case.status).toBe('deliberated')
  const liuInbox = (await asLiu('identity', 'listInbox', { limit: 20 })).data.items as Array<{ kind: string; body: string }>
  expect(liuInbox.filter((n) => n.kind === 'decided').map((n) => n.body)).toEqual(expect.arrayContaining([expect.stringContaining('决议：晚九点后停止使用音响')]))

  // The list: 已公示.
  await page.goto(`${session.server.url}/#/packages/work/meetings/index`)
  await visible('已公示').click()
  await page.locator('.meeting-card', { hasText: '议事会' }).locator('visible=true').first().waitFor()
  await screenshotBothWidths(page, 'meetings-staff')

  // 6. 王秀英: her 消息中心 has the decision and the assignment; her case page names the meeting; the board shows the minutes.
  await steps.becomePersona('persona-resident')
  await visible('消息中心').click()
  await visible('议事会已形成决议').waitFor()
  await visible('您说的事已交办').waitFor()
  await page.goto(`${session.server.url}/#/pages/case/index?id=${wangCase.id}`)
  await visible('决议：物业三日内清理楼道，环卫所每日清运').waitFor()
  await visible(/议事会 23:59$/, false).waitFor()
  await screenshotBothWidths(page, 'case-meeting-resident')
  await visible('查看议事会 ›').click()
  await visible('议程（3）').waitFor()
  await visible('刘**').waitFor() // the other participants' names are masked for her
  await expect(page.locator('.meeting-checkin__code').locator('visible=true').count()).resolves.toBe(0)
  await screenshotBothWidths(page, 'meeting-resident')
  await page.goto(`${session.server.url}/#/pages/board/index`)
  await visible('议事纪要').waitFor()
  await visible('决议：晚九点后停止使用音响').waitFor()
  await expect(page.locator('.board-minutes').locator('visible=true').first().textContent()).resolves.not.toMatch(/刘建国|王秀英|刘代表/)
  await screenshotBothWidths(page, 'board-minutes-resident')

  // 7. The supervision group follows meetings on 议事安排 (read only).
  await steps.becomePersona('persona-supervisor')
  await visible('议事安排').click()
  await visible('已公示').click()
  await page.locator('.meeting-card').locator('visible=true').first().click()
  await visible('纪要已公示').waitFor()
  await expect(visible('安排议事会').count()).resolves.toBe(0)
  await screenshotBothWidths(page, 'meeting-supervisor')
}

// 数据统计 in a real browser on the H5 build: the street admin imports the example address book (its 红星物业服务中心 is a
// new unit) and invites a handler of that unit, who redeems the code; a resident's case is assigned to the unit, the
// handler accepts and completes it in the app, it is published, rated 满意 and closed; then the dashboard of staff,
// the supervision group and the admin shows exactly that case's figures, and the 公示栏 its headline.
// Screenshots: the dashboard at 390 and 1280 px for staff, supervisor and admin; the 公示栏 for a resident.
import path from 'node:path'
import type { Page } from 'playwright-core'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { workbenchSteps } from '../support/workbench-steps'
import { shoot } from './work-lists-screens'

jest.setTimeout(180_000)

let session: BrowserSession
beforeAll(async () => {
  session = await openBrowserSession()
})
afterAll(async () => {
  await session?.close()
})

const EXAMPLE = path.join(__dirname, '../../docs/directory-example.csv')
const UNIT = '红星物业服务中心'

const seenOn = (page: Page) => (text: string, exact = true) => page.getByText(text, { exact }).locator('visible=true').first()

/** Calls a function as a persona, through the local server's HTTP endpoint. */
async function call(personaId: string, fn: string, action: string, payload: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${session.server.url}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: await session.cookieOf(personaId) },
    body: JSON.stringify({ action, payload }),
  })
  const answer = (await response.json()) as { ok: boolean; data?: any; message?: string }
  if (!answer.ok) throw new Error(`${fn}.${action}: ${answer.message}`)
  return answer.data
}

/** The value shown on the headline card with this label. */
async function card(page: Page, label: string): Promise<string> {
  const found = page.locator('.stats-card', { has: page.getByText(label, { exact: true }) }).locator('visible=true').first()
  return (await found.locator('.stats-card__value').textContent())!.trim()
}

async function openDashboard(page: Page): Promise<void> {
  await seenOn(page)('数据统计').click()
  await seenOn(page)('月度趋势').waitFor()
}

test('an imported unit’s invited handler handles a case, and the dashboard shows its figures', async () => {
  const { page, visible } = session
  const steps = workbenchSteps(session)

  // 1. The admin imports the address book and invites a handler of the imported unit.
  await steps.becomePersona('persona-admin')
  await visible('工作人员管理').click()
  await visible('通讯录导入').waitFor()
  const chooser = page.waitForEvent('filechooser')
  await visible('选择文件').click()
  await (await chooser).setFiles(EXAMPLE)
  await visible('确认导入').click()
  await visible('已导入：').waitFor()
  await visible('承办单位').click()
  await visible(UNIT).click()
  await visible('生成邀请码').click()
  const link = (await page.locator('.admin__link').locator('visible=true').first().textContent())!.trim()

  // 2. The newcomer redeems it and lands on the handler's home.
  const handler = await session.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  const seen = seenOn(handler)
  await handler.goto(link)
  await seen('您的姓名').waitFor()
  await handler.locator('input').nth(1).fill('何师傅')
  await seen('领取').click()
  await seen('领取成功').waitFor()
  await seen('进入首页').click()
  await seen('承办事项').waitFor()

  // 3. A resident's case is assigned to the unit (through the API), and the handler handles it in the app.
  const unitId = (await session.server.runtime.deps.repos.directory.listUnits('street-shengli')).find((u) => u.name === UNIT)!.id
  let c = await call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '小区5栋门口的垃圾桶坏了，垃圾散了一地', channel: 'self', idempotencyKey: 'statistics-browser-1' })
  c = await call('persona-staff', 'cases', 'triage', { caseId: c.id, version: c.version, category: 'property', urgency: 'normal' })
  await call('persona-staff', 'cases', 'assign', { caseId: c.id, version: c.version, unitId, level: 'community', workingDays: 3 })
  await seen('承办事项').click()
  await handler.locator('.case-card', { hasText: '小区5栋门口的垃圾桶' }).locator('visible=true').first().click()
  await seen('办理记录').waitFor()
  await seen('接收办理').click()
  await seen('确认接收').click()
  await seen('已完成：接收办理').waitFor()
  await seen('办结').click()
  await handler.locator('.action-field', { has: handler.getByText('办理结果', { exact: true }) }).locator('visible=true').first().locator('textarea, input').first().fill('已更换新的垃圾桶，地面已清扫')
  await seen('确认办结').click()
  await seen('已完成：办结').waitFor()
  await handler.close()

  // 4. Published, rated 满意 by the resident, closed by the supervision group.
  c = (await call('persona-staff', 'cases', 'get', { caseId: c.id })).case
  c = await call('persona-staff', 'cases', 'publish', { caseId: c.id, version: c.version, publishedResult: '垃圾桶已更换' })
  c = await call('persona-resident', 'cases', 'rate', { caseId: c.id, version: c.version, rating: 'satisfied' })
  await call('persona-supervisor', 'supervision', 'close', { caseId: c.id, version: c.version })

  // 5. Staff read the figures of that one case, and the imported unit's appraisal.
  await steps.becomePersona('persona-staff')
  await openDashboard(page)
  expect(await card(page, '收到')).toBe('1')
  expect(await card(page, '结案')).toBe('1')
  expect(await card(page, '按时办结率')).toBe('100.0%')
  expect(await card(page, '满意率')).toBe('100.0%')
  expect(await card(page, '未评价')).toBe('0')
  expect(await card(page, '回访率')).toBe('100.0%')
  expect(await card(page, '重办率')).toBe('0.0%')
  expect(await card(page, '当前超期未办')).toBe('0')
  await visible('结案率 100.0%').waitFor()
  const unit = page.locator('.stats-unit', { hasText: UNIT }).locator('visible=true').first()
  const cells = await unit.locator('.stats-unit__cell').allTextContents()
  expect(cells).toEqual(['1交办', '100.0%按时签收率', '100.0%按时办结率', '0延期申请', '0退回', '100.0%满意率', '0当前超期'])
  await visible('物业服务').waitFor()
  await visible('不办结不能掩盖超期', false).waitFor()
  await shootDashboard(page, 'staff')

  // A period that ends before it starts is refused in plain words.
  await visible('本月').click()
  await page.locator('.stats-period__arrow').locator('visible=true').nth(1).click()
  await visible('早于开始月份', false).waitFor()

  // 6. The supervision group sees the same; the admin the street, then the community.
  await steps.becomePersona('persona-supervisor')
  await openDashboard(page)
  expect(await card(page, '收到')).toBe('1')
  await shootDashboard(page, 'supervisor')
  await steps.becomePersona('persona-admin')
  await openDashboard(page)
  await visible('全街道').waitFor()
  expect(await card(page, '满意率')).toBe('100.0%')
  await visible('航空路社区').click()
  await visible('航空路社区 ·', false).waitFor()
  expect(await card(page, '收到')).toBe('1')
  await visible('全街道').click()
  await visible('荆州市沙市区胜利街道 ·', false).waitFor()
  await shootDashboard(page, 'admin')

  // 7. The 公示栏 shows the community's headline, computed the same way.
  await steps.becomePersona('persona-resident')
  await visible('公示栏').click()
  await visible('近12个月办理情况').waitFor()
  const figures = await page.locator('.board-figures__cell').locator('visible=true').allTextContents()
  expect(figures).toEqual(['1件收到', '1件结案', '100.0%结案率', '100.0%按时办结率', '100.0%满意率'])
  await shoot(page, 'board-figures-390', 390)
  await shoot(page, 'board-figures-1280', 1280)
})

/** The whole dashboard at phone width and at desk width. */
async function shootDashboard(page: Page, role: string): Promise<void> {
  await shoot(page, `statistics-${role}-390`, 390)
  await shoot(page, `statistics-${role}-1280`, 1280)
  await page.setViewportSize({ width: 390, height: 844 })
}

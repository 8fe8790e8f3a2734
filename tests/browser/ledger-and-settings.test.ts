// 台账 and settings in a real browser on the H5 build: the street admin edits the hall, the reception days and the
// duty roster in 社区设置 and enters holidays of 2027 in 节假日安排 (a make-up workday on a weekday is refused with a
// Chinese message); a staff member exports the 台账 with full personal data and the browser downloads an .xlsx whose
// rows read back; the supervisor's page offers only the masked export. Screenshots at 390 and 1280 per role.
import fs from 'node:fs'
import path from 'node:path'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { workbenchSteps } from '../support/workbench-steps'
import { screenshotBothWidths } from './grid-intake-support'
import { parseXlsx } from '../../cloudfunctions/tools/directory/xlsx'
import { LEDGER_CASE_HEADER } from '../../src/core/domain/ledger'
import { SUBSCRIBE_TEMPLATES } from '../../config/subscribe-templates'

jest.setTimeout(180_000)

let session: BrowserSession
beforeAll(async () => {
  session = await openBrowserSession()
})
afterAll(async () => {
  await session?.close()
})

/** Call a function as a persona through the local server, as the app does. */
async function callAs(personaId: string, fn: string, action: string, payload: unknown = {}) {
  const response = await fetch(`${session.server.url}/api/functions/${fn}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: await session.cookieOf(personaId) }, body: JSON.stringify({ action, payload }) })
  return (await response.json()) as { ok: boolean; data: any; message?: string }
}

test('an admin edits the hall, reception days, duty roster and the 2027 holidays', async () => {
  const { page, visible } = session
  await workbenchSteps(session).becomePersona('persona-admin')
  await visible('社区设置').click()
  await visible('航空路社区').waitFor()
  const hangkonglu = page.locator('.settings__community', { hasText: '航空路社区' }).locator('visible=true').first()
  await hangkonglu.locator('.settings__hall input').fill('航空路社区党群服务中心一楼说事厅')
  await hangkonglu.locator('.settings__day', { hasText: /^1$/ }).click()
  await hangkonglu.locator('.settings__day', { hasText: /^25$/ }).click()
  await hangkonglu.getByText('接待日（每月）：每月1日、5日、15日').waitFor()
  const monday = hangkonglu.locator('.settings__duty', { hasText: '周一' })
  await monday.getByText('李娟', { exact: true }).click()
  await hangkonglu.getByText('保存社区设置', { exact: true }).click()
  await hangkonglu.getByText('已保存', { exact: true }).waitFor()
  await visible('订阅消息模板').waitFor()
  await visible(`查看${Object.keys(SUBSCRIBE_TEMPLATES).length}个模板编号`).waitFor()
  await screenshotBothWidths(page, 'settings-admin')
  const settings = await callAs('persona-admin', 'identity', 'getSettings')
  const saved = settings.data.communities.find((c: { id: string }) => c.id === 'community-hangkonglu')
  expect(saved).toMatchObject({ hall: '航空路社区党群服务中心一楼说事厅', receptionDays: '每月1日、5日、15日', receptionDayNumbers: [1, 5, 15] })
  expect(saved.dutyRoster['1']).toEqual(expect.arrayContaining(['user-staff-chen', 'user-staff-li']))

  await page.goBack()
  await visible('节假日安排').click()
  await visible('放假日（6天）').waitFor() // the built-in provisional 2027: 元旦, 劳动节 (2 days), 国庆 (3 days)
  const holidays = page.locator('.calendar__holidays').locator('visible=true').first()
  const workdays = page.locator('.calendar__workdays').locator('visible=true').first()
  for (const day of ['02-08', '02-09']) {
    await holidays.locator('input').fill(day)
    await holidays.getByText('添加', { exact: true }).click()
  }
  await workdays.locator('input').fill('02-03')
  await workdays.getByText('添加', { exact: true }).click()
  await visible('保存2027年安排').click()
  await visible('2027-02-03本来就是工作日，调休上班日应是周六或周日').waitFor()
  await workdays.locator('.calendar__date', { hasText: '02-03' }).getByText('删除').click()
  await workdays.locator('input').fill('2027-02-07')
  await workdays.getByText('添加', { exact: true }).click()
  await visible('保存2027年安排').click()
  await visible('2027年的节假日安排已保存，之后计算的办理时限按新安排计算').waitFor()
  await screenshotBothWidths(page, 'calendar-admin')
  const calendar = (await callAs('persona-admin', 'identity', 'getSettings')).data.calendar.years.find((y: { year: number }) => y.year === 2027)
  expect(calendar).toMatchObject({ stored: true, workdays: ['2027-02-07'], holidays: expect.arrayContaining(['2027-02-08', '2027-02-09', '2027-01-01']) })
  const audit = await callAs('persona-admin', 'identity', 'listAudit', { limit: 5 })
  expect(audit.data.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(expect.arrayContaining(['修改社区设置', '修改节假日安排']))
})

test('a staff member exports the 台账 with full personal data: the browser downloads it and it reads back', async () => {
  const { page, visible } = session
  const submitted = await callAs('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text: '小区东门路灯坏了一个星期', channel: 'self', idempotencyKey: `ledger-browser-${Date.now()}` })
  expect(submitted.ok).toBe(true)
  await workbenchSteps(session).becomePersona('persona-staff')
  await visible('导出台账').click()
  await visible('显示完整姓名、电话和住址').waitFor()
  await visible(/^本月/, false).click()
  await page.locator('.ledger__switch').locator('visible=true').first().click()
  await page.getByText('确认导出', { exact: true }).locator('visible=true').last().click()
  await visible('已选择：本次导出会记入变动记录').waitFor()
  await screenshotBothWidths(page, 'ledger-staff')
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.big-button', { hasText: '导出台账' }).locator('visible=true').first().click()])
  expect(download.suggestedFilename()).toMatch(/^航空路社区说事台账（\d{4}-\d{2}-01至\d{4}-\d{2}-\d{2}）\.xlsx$/)
  const file = path.join(session.dir, 'ledger.xlsx')
  await download.saveAs(file)
  const table = parseXlsx(fs.readFileSync(file))
  expect(table.header).toEqual([...LEDGER_CASE_HEADER])
  const row = table.rows.find((r) => r.cells[6] === '小区东门路灯坏了一个星期')
  expect(row?.cells.slice(3, 5)).toEqual(['王秀英', '13972100001'])
  await visible(/含完整个人信息/, false).waitFor()
  const audit = await callAs('persona-admin', 'identity', 'listAudit', { limit: 5 })
  expect(audit.data[0]).toMatchObject({ actionLabel: '导出含个人信息的台账', actor: { name: '陈静' }, data: { format: 'xlsx', full: true } })

  await page.goBack()
  await visible('社区设置').click()
  await visible('保存社区设置').waitFor()
  expect(await page.locator('.settings__community').locator('visible=true').count()).toBe(1)
  await screenshotBothWidths(page, 'settings-staff')
})

test('the supervisor exports the masked 台账 only; the admin may choose the whole street or a community', async () => {
  const { page, visible } = session
  await workbenchSteps(session).becomePersona('persona-supervisor')
  await visible('导出台账').click()
  await visible('督办组导出的台账隐去说事人的个人信息。').waitFor()
  expect(await page.locator('.ledger__switch').locator('visible=true').count()).toBe(0)
  await screenshotBothWidths(page, 'ledger-supervisor')
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.big-button', { hasText: '导出台账' }).locator('visible=true').first().click()])
  expect(download.suggestedFilename()).toContain('（个人信息已隐去）.xlsx')

  await workbenchSteps(session).becomePersona('persona-admin')
  await visible('导出台账').click()
  await visible('✓ 全街道').waitFor()
  await visible('航空路社区').waitFor()
  await page.locator('.ledger__to input').locator('visible=true').first().fill('2026-01-01')
  await page.locator('.ledger__from input').locator('visible=true').first().fill('2026-02-01')
  await page.locator('.big-button', { hasText: '导出台账' }).locator('visible=true').first().click()
  await visible('结束日期（2026-01-01）早于开始日期（2026-02-01），请重新选择时段').waitFor()
  await screenshotBothWidths(page, 'ledger-admin')
})

// Workers by invite in a real browser on the H5 build: the street admin opens 工作人员管理, invites a handler of
// 环卫所 and reads the code; someone with no session opens the invite's address, gives their name, redeems it and
// lands on the handler's home; a second person typing the same code is refused; the admin then sees them among the
// workers, revokes the role, and reads both changes in 变动记录.
import path from 'node:path'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { workbenchSteps } from '../support/workbench-steps'

jest.setTimeout(120_000)

let session: BrowserSession
beforeAll(async () => {
  session = await openBrowserSession()
})
afterAll(async () => {
  await session?.close()
})

const SHOTS = path.join(__dirname, '../../docs/screenshots')

test('an admin invites a handler, a newcomer redeems the code once, and the admin revokes the role', async () => {
  const { page, visible } = session
  await workbenchSteps(session).becomePersona('persona-admin')
  await visible('工作人员管理').click()
  await visible('邀请工作人员').waitFor()
  await visible('承办单位').click()
  await visible('胜利街道环卫所').click()
  await visible('生成邀请码').click()
  const code = (await page.locator('.admin__code').locator('visible=true').first().textContent())!.trim()
  expect(code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/)
  const link = (await page.locator('.admin__link').locator('visible=true').first().textContent())!.trim()
  expect(link).toBe(`${session.server.url}/#/packages/admin/redeem/index?code=${code.replace(/-/g, '')}`)
  await page.screenshot({ path: path.join(SHOTS, 'invite-admin-390.png') })

  // The person it is for: a browser the server does not know.
  const stranger = await session.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  const seen = (text: string) => stranger.getByText(text, { exact: true }).locator('visible=true').first()
  await stranger.goto(link)
  await seen('您的姓名').waitFor()
  await stranger.locator('input').nth(1).fill('马丽')
  await seen('领取').click()
  await seen('领取成功').waitFor()
  await seen('胜利街道环卫所').waitFor()
  await stranger.screenshot({ path: path.join(SHOTS, 'invite-redeemed-390.png') })
  await seen('进入首页').click()
  await seen('承办事项').waitFor()

  // A second try with the same code, typed on 领取邀请 (reached from the start page), is refused.
  const again = await session.browser.newPage({ viewport: { width: 390, height: 844 } })
  await again.goto(session.server.url)
  await again.getByText('我有工作人员邀请码', { exact: true }).locator('visible=true').first().click()
  await again.getByText('您的姓名', { exact: true }).locator('visible=true').first().waitFor()
  await again.locator('input').locator('visible=true').nth(0).fill(code.toLowerCase())
  await again.locator('input').locator('visible=true').nth(1).fill('冒名')
  await again.getByText('领取', { exact: true }).locator('visible=true').first().click()
  await again.getByText('这个邀请已被使用，每个邀请只能用一次').locator('visible=true').first().waitFor()

  // The admin sees 马丽 among the workers and revokes her role; a second invite is withdrawn before anyone takes it.
  await page.reload()
  await visible('督办组').click()
  await visible('航空路社区').click()
  await visible('生成邀请码').click()
  const spare = page.locator('.admin__worker', { hasText: '督办组 · 航空路社区' }).locator('visible=true').first()
  await spare.getByText('撤回', { exact: true }).click()
  await page.getByText('撤回', { exact: true }).locator('visible=true').last().click()
  await visible('吴志刚 撤回邀请').waitFor()
  await visible('没有待领取的邀请').waitFor()
  await visible('工作人员').waitFor()
  const row = page.locator('.admin__worker', { hasText: '马丽' }).locator('visible=true').first()
  await row.waitFor()
  await row.getByText('撤销', { exact: true }).click()
  await page.getByText('撤销', { exact: true }).locator('visible=true').last().click()
  await page.locator('.admin__worker', { hasText: '马丽' }).locator('visible=true').first().waitFor({ state: 'detached' })
  await visible('吴志刚 撤销身份：马丽').waitFor()
  await visible('吴志刚 授予身份：马丽').waitFor()
  await stranger.reload()
  await stranger.getByText('您是谁？').locator('visible=true').first().waitFor()
})

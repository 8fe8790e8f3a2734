// 登记说事 for staff in the H5 build: a phone call typed in (电话说事), every wrong field refused inline in Chinese with
// nothing sent, a refusal by the server shown in plain words on the waiting intake (no loop), 重试 sends it, and
// the case on the server has the channel and the petitioner as typed.
import type { Page } from 'playwright-core'
import type { LocalServer } from '../../cloudfunctions/src/local/server'
import { openBrowserSession, type BrowserSession } from '../support/browser-session'
import { field, openCasesAsStaff, recordSubmits, screenshotBothWidths } from './grid-intake-support'

jest.setTimeout(120_000)

const REPORT = '来电反映：红星路8号门口的路灯连续三晚不亮，老人晚上出门不安全'

let session: BrowserSession
let server: LocalServer
let page: Page

beforeAll(async () => {
  session = await openBrowserSession()
  ;({ server, page } = session)
})

afterAll(async () => {
  await session?.close()
})

const visible = (text: string | RegExp, exact = true) => session.visible(text, exact)

test('staff type in a phone call: bad input is refused inline, a server refusal is shown and retried, one case is made', async () => {
  const submits = recordSubmits(page)
  await page.goto(server.url)
  await session.signInAs('persona-staff')
  await visible('登记说事').click()
  await visible('怎么来说的事').waitFor()
  for (const channel of ['电话说事', '来访说事', '意见箱']) await visible(channel).waitFor()
  await screenshotBothWidths(page, 'intake-staff')

  // Nothing filled in.
  await visible('提交').click()
  await visible('请填写说事人姓名').waitFor()
  await visible('请填写事项内容').waitFor()
  await expect(visible('请先勾选“居民已同意由网格员代为登记说事”').count()).resolves.toBe(0) // grid workers only

  // Too long a name, a short phone number, a one-character text, then over 1000 characters.
  await field(page, '姓名').fill('欧阳'.repeat(11))
  await field(page, '电话').fill('1397210')
  await page.locator('textarea').locator('visible=true').first().fill('灯')
  await visible('提交').click()
  await visible('姓名不能超过20个字').waitFor()
  await visible('电话要填11位数字，不知道可以不填').waitFor()
  await visible('事项内容至少要2个字').waitFor()
  await page.locator('textarea').locator('visible=true').first().fill('灯'.repeat(1001))
  await visible('提交').click()
  await visible('事项内容不能超过1000个字（现在1001个字）').waitFor()
  expect(submits).toHaveLength(0)

  // Right now; the server refuses the first try (as it would a channel it does not allow).
  await visible('来访说事').click()
  await visible('电话说事').click()
  await field(page, '姓名').fill('刘大爷')
  await field(page, '电话').fill('13972100099')
  await field(page, '门牌').fill('红星路8号3栋1单元502')
  await page.locator('textarea').locator('visible=true').first().fill(REPORT)
  let refuse = true
  await page.route('**/api/functions/cases', async (route) => {
    if (refuse && route.request().postDataJSON()?.action === 'submit') {
      refuse = false
      return route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ ok: false, code: 'FORBIDDEN', message: '您不能通过这个渠道在该社区登记事项' }) })
    }
    return route.continue()
  })
  await visible('提交').click()
  await visible('发送失败：您不能通过这个渠道在该社区登记事项').waitFor()
  await visible('待发送 1 件').waitFor()
  await page.waitForTimeout(500)
  expect(submits).toHaveLength(1) // refused once: it does not loop

  await visible('重试').click()
  await visible(/^已发送 SS\d{12}$/).waitFor()
  expect(submits).toHaveLength(2)
  expect((submits[1] as { idempotencyKey: string }).idempotencyKey).toBe((submits[0] as { idempotencyKey: string }).idempotencyKey)

  const cases = (await openCasesAsStaff(server.url, await session.cookieOf('persona-staff'))).filter((item) => item.text === REPORT)
  expect(cases).toHaveLength(1)
  expect(cases[0].channel).toBe('phone')
  expect(cases[0].petitioner).toEqual({ name: '刘大爷', phone: '13972100099', room: '红星路8号3栋1单元502' })
})

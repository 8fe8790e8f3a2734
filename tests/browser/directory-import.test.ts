// 通讯录导入 in a real browser: the street admin chooses a CSV with a bad row and reads it by line, nothing written;
// then the example address book: the dry run says what will be added, 确认导入 writes it, and the new community's
// grid is offered at once for inviting a grid worker.
import fs from 'node:fs'
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

const EXAMPLE = path.join(__dirname, '../../docs/directory-example.csv')

async function chooseFile(file: string) {
  const chooser = session.page.waitForEvent('filechooser')
  await session.visible('选择文件').click()
  await (await chooser).setFiles(file)
}

test('an admin imports the street’s address book after a dry run, and a bad file writes nothing', async () => {
  const { page, visible } = session
  await workbenchSteps(session).becomePersona('persona-admin')
  await visible('工作人员管理').click()
  await visible('通讯录导入').waitFor()

  const bad = path.join(session.dir, 'bad.csv')
  fs.writeFileSync(bad, '类型,名称,社区,楼栋,房号,姓名,电话\n住户,,航空路社区,航空路小区1栋,9单元901,钱进,1397210\n')
  await chooseFile(bad)
  await visible('发现1处错误，请改正后再导入：').waitFor()
  await visible('第2行：电话“1397210”格式不对，应为11位手机号或带区号的固定电话（如0716-8312345）').waitFor()
  expect(await page.getByText('确认导入').count()).toBe(0)

  await chooseFile(EXAMPLE)
  await visible('检查通过，将会：').waitFor()
  await visible('住户：新增3，更新1').waitFor()
  expect(await session.server.runtime.deps.repos.directory.listCommunities('street-shengli')).toHaveLength(1)
  await visible('确认导入').click()
  await visible('已导入：').waitFor()
  expect((await session.server.runtime.deps.repos.directory.listCommunities('street-shengli')).map((c) => c.name).sort()).toEqual(['红星社区', '航空路社区'])
  await page.screenshot({ path: path.join(__dirname, '../../docs/screenshots/directory-import-390.png') })

  // The imported community and its grid are offered for an invite.
  await visible('网格员').click()
  await visible('红星社区').click()
  await visible('红星第一网格').click()
  await visible('生成邀请码').click()
  await page.locator('.admin__code').locator('visible=true').first().waitFor()
  await visible('网格员 · 红星社区 · 红星第一网格', false).waitFor()
})

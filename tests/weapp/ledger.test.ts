// 导出台账 in the built mini-program: staff export the Excel 台账; the function's temporary cloud link is downloaded
// (wx.downloadFile) and opened in WeChat's viewer (wx.openDocument, xlsx, with the menu to forward it); a CSV's link
// is copied instead (WeChat cannot preview CSV); the server's Chinese message shows when the period is wrong.
import { startHarness, tapText, waitForText, type Harness } from './harness'

let harness: Harness
let page: any
let exportAnswer: any
const calls: { action: string; payload: any }[] = []
const LINK = 'https://7368-shuoshi-prod.tcb.qcloud.la/exports/2026-12-01/ab12/航空路社区说事台账.xlsx?sign=x'

beforeAll(() => {
  harness = startHarness()
  harness.answerWith((_name, action, payload: any) => {
    calls.push({ action, payload })
    if (action === 'whoami') return { ok: true, data: { user: { userId: 'user-staff-chen', name: '陈静', role: 'staff', streetId: 'street-shengli', communityId: 'community-hangkonglu' } } }
    if (action === 'exportLedger') return exportAnswer
    if (action === 'listInbox') return { ok: true, data: { items: [], unread: 0 } }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

beforeEach(() => {
  exportAnswer = { ok: true, data: { fileName: '航空路社区说事台账（2026-11-01至2026-11-30）（个人信息已隐去）.xlsx', url: LINK, size: 18000, rows: 57, masked: true } }
})

afterEach(() => {
  page?.detach()
  page = undefined
  calls.length = 0
  jest.clearAllMocks()
})

test('staff export the Excel 台账: the link is downloaded and opened in WeChat’s document viewer', async () => {
  page = harness.openPage('packages/admin/ledger/index')
  await waitForText(page, '显示完整姓名、电话和住址')
  tapText(page, '导出台账')
  await waitForText(page, '共 57 件事项，个人信息已隐去')
  expect(calls.filter((c) => c.action === 'exportLedger').map((c) => c.payload)).toEqual([expect.objectContaining({ format: 'xlsx', full: false })])
  expect(harness.wx.downloadFile).toHaveBeenCalledWith(expect.objectContaining({ url: LINK }))
  expect(harness.wx.openDocument).toHaveBeenCalledWith(expect.objectContaining({ filePath: 'http://tmp/ledger.xlsx', fileType: 'xlsx', showMenu: true }))
  expect(page.dom.textContent).toContain('已打开')
})

test('a CSV cannot be previewed on WeChat: its link is copied for a computer', async () => {
  exportAnswer = { ok: true, data: { ...exportAnswer.data, fileName: '台账.csv', url: LINK.replace('.xlsx', '.csv') } }
  page = harness.openPage('packages/admin/ledger/index')
  await waitForText(page, '文件格式')
  tapText(page, 'CSV（UTF-8）')
  await waitForText(page, '✓ CSV（UTF-8）')
  tapText(page, '导出台账')
  await waitForText(page, 'CSV 文件的下载链接已复制')
  expect(calls.find((c) => c.action === 'exportLedger')?.payload).toMatchObject({ format: 'csv' })
  expect(harness.wx.setClipboardData).toHaveBeenCalledWith(expect.objectContaining({ data: LINK.replace('.xlsx', '.csv') }))
  expect(harness.wx.openDocument).not.toHaveBeenCalled()
})

test('the server’s message shows when the period ends before it starts, and nothing is downloaded', async () => {
  exportAnswer = { ok: false, code: 'INVALID_INPUT', message: '结束日期（2026-11-01）早于开始日期（2026-11-30），请重新选择时段' }
  page = harness.openPage('packages/admin/ledger/index')
  await waitForText(page, '导出台账')
  tapText(page, '导出台账')
  await waitForText(page, '结束日期（2026-11-01）早于开始日期（2026-11-30），请重新选择时段')
  expect(harness.wx.downloadFile).not.toHaveBeenCalled()
})

// 入户说事 in the built mini-program (packages/intake): the grid worker picks a room, the petitioner comes prefilled,
// wrong input is refused on the phone with nothing sent, and a finished intake calls cases.submit with the right
// payload. Without a network it waits (its photo saved with wx.saveFile) and sends itself on onNetworkStatusChange.
import fs from 'node:fs'
import path from 'node:path'
import { startHarness, tapText, waitForText, WEAPP_ROOT, type Harness } from './harness'

const COMMUNITY = { id: 'community-hangkonglu', streetId: 'street-shengli', name: '航空路社区', hotline: '0716-8312345', hall: '居民说事厅', receptionDays: '每月5日、15日、25日（逢五说事）' }
const GRID_WORKER = { userId: 'user-grid-zhao', name: '赵敏', role: 'gridWorker', streetId: 'street-shengli', communityId: COMMUNITY.id, gridIds: ['grid-1'] }
const DIRECTORY = {
  communities: [{ id: COMMUNITY.id, name: COMMUNITY.name }],
  grids: [{ id: 'grid-1', communityId: COMMUNITY.id, name: '第一网格（航空路小区）' }],
  units: [],
  buildings: [
    { id: 'building-2', name: '航空路小区2栋', gridId: 'grid-1', households: [{ id: 'household-301', room: '1单元301', headName: '张桂兰', phone: '13972100003' }] },
    {
      id: 'building-1',
      name: '航空路小区1栋',
      gridId: 'grid-1',
      households: [
        { id: 'household-202', room: '2单元202', headName: '李建国', phone: '13972100002' },
        { id: 'household-101', room: '1单元101', headName: '王秀英', phone: '13972100001' },
      ],
    },
  ],
}
const REPORT = '1栋楼顶水箱漏水，顶楼住户家里墙面渗水'

const g = global as any
let harness: Harness
let page: any
let submits: any[] = []
let networkType = 'wifi'
/** When set, cases.submit refuses with it (once). */
let refuseNext: { code: string; message: string } | undefined
let user: Record<string, unknown> = GRID_WORKER
const networkListeners: ((result: { isConnected: boolean; networkType: string }) => void)[] = []

function api(errMsg: string, answer: () => Record<string, unknown> = () => ({})) {
  return jest.fn((options: any = {}) => {
    const result = { errMsg, ...answer() }
    options.success?.(result)
    options.complete?.(result)
  })
}

beforeAll(() => {
  // Before the app loads, so Taro wraps them: the network, saved files, app show.
  require('miniprogram-simulate')
  Object.assign(g.wx, {
    getNetworkType: api('getNetworkType:ok', () => ({ networkType })),
    onNetworkStatusChange: jest.fn((listener: any) => networkListeners.push(listener)),
    offNetworkStatusChange: jest.fn(),
    onAppShow: jest.fn(),
    offAppShow: jest.fn(),
    setNavigationBarTitle: api('setNavigationBarTitle:ok'),
    saveFile: jest.fn((options: any = {}) => {
      const result = { errMsg: 'saveFile:ok', savedFilePath: String(options.tempFilePath).replace('http://tmp/', 'http://usr/saved-') }
      options.success?.(result)
      options.complete?.(result)
    }),
    removeSavedFile: api('removeSavedFile:ok'),
  })
  harness = startHarness()
  harness.wx.cloud.uploadFile.mockImplementation(async (options: any) => ({ errMsg: 'cloud.uploadFile:ok', fileID: `cloud://env/${options.cloudPath}` }))
  harness.answerWith((name, action, payload) => {
    if (name === 'identity' && action === 'whoami') return { ok: true, data: { user, community: COMMUNITY } }
    if (name === 'identity' && action === 'getDirectory') return { ok: true, data: DIRECTORY }
    if (name === 'cases' && action === 'submit') {
      submits.push(payload)
      if (refuseNext) {
        const refusal = refuseNext
        refuseNext = undefined
        return { ok: false, ...refusal }
      }
      const n = submits.length
      return { ok: true, data: { id: `case-${n}`, caseNo: `SS2026120500${String(n).padStart(2, '0')}`, text: (payload as any).text, status: 'submitted', allowedActions: [] } }
    }
    return { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' }
  })
})

afterEach(() => {
  page?.detach()
  page = undefined
})

/** miniprogram-simulate scopes class names ("main--text-field"). */
const byClass = (name: string) => `[class~="${name}"], [class~="main--${name}"]`

/** The wx-input of the field whose label starts with `label`, or the wx-textarea when label is undefined. */
function inputOf(label: string | undefined): Element {
  let box: Element | null | undefined
  if (label === undefined) box = page.dom.querySelector('wx-textarea')
  else {
    const fieldNode = (Array.from(page.dom.querySelectorAll(byClass('text-field'))) as Element[]).find((node) => node.querySelector(byClass('text-field__label'))?.textContent?.startsWith(label))
    box = fieldNode?.querySelector('wx-input')
  }
  if (!box) throw new Error(`No input for ${label ?? '事项内容'}: ${page.dom.textContent}`)
  return box
}

function typeInto(label: string | undefined, value: string) {
  page.querySelector(`#${inputOf(label).getAttribute('data-sid')}`).dispatchEvent('input', { detail: { value, cursor: value.length } })
}

/** Taro's template names an input's value by a short key (value="{{i.p25}}" in base.wxml). */
function valueKey(tag: 'input' | 'textarea'): string {
  const key = new RegExp(`<${tag} value="\\{\\{i\\.(\\w+)\\}\\}"`).exec(fs.readFileSync(path.join(WEAPP_ROOT, 'base.wxml'), 'utf8'))?.[1]
  if (!key) throw new Error(`no <${tag} value=…> in base.wxml`)
  return key
}

/** The value Taro gives the input (or the text box): found by the element's sid in the page's data tree. */
function valueOf(label: string | undefined): string {
  const sid = inputOf(label).getAttribute('data-sid')
  const find = (node: any): any => {
    if (!node || typeof node !== 'object') return undefined
    if (node.sid === sid) return node
    for (const child of Object.values(node)) {
      const found = find(child)
      if (found) return found
    }
    return undefined
  }
  const node = find(page.instance.data)
  if (!node) throw new Error(`No data for the ${label} input`)
  return String(node[valueKey(label === undefined ? 'textarea' : 'input')] ?? '')
}

const settle = async (check: () => boolean, timeoutMs = 3000) => {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; the page shows: ${page.dom.textContent}`)
    await harness.simulate.sleep(20)
  }
}

test('picks a room, sees the household prefilled, is refused bad input, and submits the right payload', async () => {
  page = harness.openPage('packages/intake/index')
  await waitForText(page, '走访哪一户')
  expect(page.dom.textContent).not.toContain('航空路小区2栋1单元301')
  tapText(page, '航空路小区1栋')
  await waitForText(page, '1单元101')
  tapText(page, '1单元101')
  await waitForText(page, '航空路小区1栋 1单元101（王秀英）')
  expect(valueOf('姓名')).toBe('王秀英')
  expect(valueOf('电话')).toBe('13972100001')
  expect(valueOf('门牌')).toBe('航空路小区1栋1单元101')

  // Nothing typed, no consent: refused on the phone.
  tapText(page, '提交')
  await waitForText(page, '请填写事项内容')
  expect(page.dom.textContent).toContain('请先勾选“居民已同意由网格员代为登记说事”')
  typeInto('电话', '1397210001')
  typeInto(undefined, REPORT)
  tapText(page, '居民已同意由网格员代为登记说事')
  tapText(page, '提交')
  await waitForText(page, '电话要填11位数字，不知道可以不填')
  typeInto('姓名', '')
  tapText(page, '提交')
  await waitForText(page, '请填写说事人姓名')
  expect(submits).toHaveLength(0)

  typeInto('姓名', '王秀英')
  typeInto('电话', '13972100001')
  tapText(page, '提交')
  await waitForText(page, '已发送 SS202612050001')
  expect(submits).toEqual([
    {
      communityId: COMMUNITY.id,
      text: REPORT,
      channel: 'doorToDoor',
      attachments: [],
      anonymous: false,
      householdId: 'household-101',
      petitioner: { name: '王秀英', phone: '13972100001', room: '航空路小区1栋1单元101' },
      idempotencyKey: expect.stringMatching(/^intake-[a-z0-9-]{8,}$/),
    },
  ])
})

test('offline: the intake waits with its photo saved on the phone and sends itself when the network returns', async () => {
  submits = []
  networkType = 'none'
  networkListeners.forEach((listener) => listener({ isConnected: false, networkType: 'none' }))
  page = harness.openPage('packages/intake/index')
  await waitForText(page, '现在没有网络')
  await waitForText(page, '走访哪一户')
  tapText(page, '航空路小区2栋')
  await waitForText(page, '1单元301')
  tapText(page, '1单元301')
  await waitForText(page, '（张桂兰）')
  tapText(page, '拍照 / 选照片')
  await waitForText(page, '第1张照片')
  typeInto(undefined, '2栋门口的井盖松了，踩上去会翻')
  tapText(page, '居民已同意由网格员代为登记说事')
  tapText(page, '提交')
  await waitForText(page, '待发送 1 件')
  await waitForText(page, '等待网络')
  expect(harness.wx.saveFile).toHaveBeenCalledWith(expect.objectContaining({ tempFilePath: 'http://tmp/photo-1-compressed.jpg' }))
  expect(submits).toHaveLength(0)

  networkType = 'wifi'
  networkListeners.forEach((listener) => listener({ isConnected: true, networkType: 'wifi' }))
  await waitForText(page, '已发送 SS202612050001')
  await settle(() => submits.length === 1)
  const upload = harness.wx.cloud.uploadFile.mock.calls.at(-1)[0]
  expect(upload.filePath).toBe('http://usr/saved-photo-1-compressed.jpg')
  expect(submits[0]).toEqual(
    expect.objectContaining({
      channel: 'doorToDoor',
      householdId: 'household-301',
      petitioner: { name: '张桂兰', phone: '13972100003', room: '航空路小区2栋1单元301' },
      attachments: [{ fileId: expect.stringMatching(/^cloud:\/\/env\/cases\/\d{4}-\d{2}-\d{2}\/img-.+\.jpg$/), kind: 'image', name: 'photo-1.jpg' }],
    }),
  )
  expect(harness.wx.removeSavedFile).toHaveBeenCalledWith(expect.objectContaining({ filePath: 'http://usr/saved-photo-1-compressed.jpg' }))
})

test('a refusal by the server marks the intake failed in plain words, without looping; 修改 brings back what was typed, same key', async () => {
  submits = []
  page = harness.openPage('packages/intake/index')
  await waitForText(page, '走访哪一户')
  tapText(page, '航空路小区1栋')
  await waitForText(page, '2单元202')
  tapText(page, '2单元202')
  await waitForText(page, '（李建国）')
  typeInto(undefined, '2单元楼道堆满杂物，消防通道堵了')
  tapText(page, '居民已同意由网格员代为登记说事')
  refuseNext = { code: 'INVALID_INPUT', message: '代为登记时请填写说事人姓名' }
  tapText(page, '提交')
  await waitForText(page, '发送失败：代为登记时请填写说事人姓名')
  await harness.simulate.sleep(200)
  expect(submits).toHaveLength(1)
  networkListeners.forEach((listener) => listener({ isConnected: true, networkType: 'wifi' })) // no loop on a refusal
  await harness.simulate.sleep(100)
  expect(submits).toHaveLength(1)
  expect(page.dom.textContent).toContain('重试')

  tapText(page, '修改')
  await waitForText(page, '航空路小区1栋 2单元202（李建国）')
  expect(valueOf('姓名')).toBe('李建国')
  expect(valueOf(undefined)).toBe('2单元楼道堆满杂物，消防通道堵了')
  expect(page.dom.textContent).toContain('代为登记时请填写说事人姓名') // the server's words stay beside the form
  tapText(page, '提交')
  await waitForText(page, '已发送 SS202612050002')
  expect(submits).toHaveLength(2)
  expect(submits[1]).toEqual(submits[0])
})

test('staff choose the channel and type the petitioner in; a household may be picked', async () => {
  submits = []
  user = { userId: 'user-staff-chen', name: '陈静', role: 'staff', streetId: 'street-shengli', communityId: COMMUNITY.id }
  // Another worker on this phone: home asks who is here, then 登记说事.
  page = harness.openPage('pages/index/index')
  await waitForText(page, '陈静，您好')
  page.detach()
  page = harness.openPage('packages/intake/index')
  await waitForText(page, '登记说事')
  await waitForText(page, '怎么来说的事')
  await waitForText(page, '从住户名单选（可不选）')
  for (const channel of ['电话说事', '来访说事', '意见箱']) expect(page.dom.textContent).toContain(channel)
  expect(page.dom.textContent).not.toContain('居民已同意由网格员代为登记说事')
  tapText(page, '意见箱')
  typeInto('姓名', '匿名居民来信')
  typeInto(undefined, '建议小区增设电动车充电桩')
  tapText(page, '公示栏上不显示说事人姓名（匿名公示）')
  expect(page.dom.textContent).not.toContain('已发送') // the grid worker's intakes are theirs
  tapText(page, '提交')
  await waitForText(page, '已发送 SS2026120500')
  expect(submits).toEqual([
    {
      communityId: COMMUNITY.id,
      text: '建议小区增设电动车充电桩',
      channel: 'suggestionBox',
      attachments: [],
      anonymous: true,
      petitioner: { name: '匿名居民来信' },
      idempotencyKey: expect.stringMatching(/^intake-/),
    },
  ])
})

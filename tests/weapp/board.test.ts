// 公示栏 in the built mini-program: published results with the category, the petitioner masked or 匿名, what was done,
// when (Shanghai time) and the rating once given; 看更多 passes the cursor; the resident's own entry offers
// 这是我说的事，去评价 and opens the case page; others' entries open nothing for a resident; the empty board says so.
import { tapText, waitForText } from './harness'
import { COMMUNITY, NOT_FOUND, useWorkHarness, userOf } from './queue-support'

// As cases.listBoard answers (publishedAt in UTC: 16:30Z is 00:30 the next day in Shanghai).
const FIRST_PAGE = {
  items: [
    { id: 'case-9', caseNo: 'SS202611290009', categoryLabel: '环境卫生', summary: '航空路8号垃圾站三天没清运了', petitionerName: '王**', publishedResult: '环卫所已清运垃圾站并消杀', publishedAt: '2026-11-29T16:30:00.000Z' },
    { id: 'case-4', caseNo: 'SS202611200004', categoryLabel: '邻里纠纷', summary: '楼上每天夜里拖椅子', petitionerName: '匿名', publishedResult: '调解委员会上门协调，双方已达成约定', publishedAt: '2026-11-21T02:00:00.000Z', rating: '满意' },
  ],
  nextCursor: 'cursor-after-case-4',
}
const SECOND_PAGE = {
  items: [{ id: 'case-1', caseNo: 'SS202611010001', categoryLabel: '市政设施', summary: '小区门口路灯不亮', petitionerName: '李*', publishedResult: '已更换灯具', publishedAt: '2026-11-02T03:00:00.000Z', rating: '基本满意' }],
}

let board: (payload: any) => unknown = (payload) => (payload?.cursor === FIRST_PAGE.nextCursor ? SECOND_PAGE : FIRST_PAGE)
const work = useWorkHarness(userOf('user-wang', '王秀英', 'resident'), (name, action, payload) => {
  if (name === 'cases' && action === 'listBoard') return { ok: true, data: board(payload) }
  if (name === 'cases' && action === 'listMine') return { ok: true, data: { items: [{ id: 'case-9' }, { id: 'case-2' }] } }
  return NOT_FOUND
})

test('lists the published results: category, masked or 匿名 petitioner, result, Shanghai time, rating', async () => {
  const page = work.open('pages/board/index')
  await waitForText(page, '环卫所已清运垃圾站并消杀')
  const entries = work.withClass('board-entry')
  expect(entries).toHaveLength(2)
  expect(entries[0].textContent).toContain('环境卫生')
  expect(entries[0].textContent).toContain('说事人：王**')
  expect(entries[0].textContent).toContain('航空路8号垃圾站三天没清运了')
  expect(entries[0].textContent).toContain('公示于 2026-11-30 00:30') // 16:30 UTC is past midnight in Shanghai
  expect(entries[0].textContent).toContain('等待说事人评价')
  expect(entries[1].textContent).toContain('说事人：匿名')
  expect(entries[1].textContent).toContain('说事人评价：满意')
  expect(entries[1].textContent).toContain('调解委员会上门协调，双方已达成约定')
  expect(page.dom.textContent).not.toContain('王秀英') // the full name is never shown
  expect(work.callsOf('listBoard')[0]).toEqual({ communityId: COMMUNITY.id, limit: 20 })
})

test("the resident's own entry offers 这是我说的事，去评价 and opens the case page; others' open nothing", async () => {
  const page = work.open('pages/board/index')
  await waitForText(page, '这是我说的事，去评价')
  expect(work.withClass('board-entry')[1].textContent).not.toContain('这是我说的事')
  tapText(page, '楼上每天夜里拖椅子') // someone else's: a resident may not open it
  await work.harness.simulate.sleep(50)
  expect(work.harness.wx.navigateTo).not.toHaveBeenCalled()
  tapText(page, '这是我说的事，去评价')
  await work.harness.simulate.sleep(50)
  expect(work.harness.wx.navigateTo.mock.calls.map(([options]: any[]) => options.url)).toEqual(['/pages/case/index?id=case-9'])
})

test('看更多 asks for the next page with the cursor and appends it', async () => {
  const page = work.open('pages/board/index')
  await waitForText(page, '看更多')
  tapText(page, '看更多')
  await waitForText(page, '小区门口路灯不亮')
  expect(work.callsOf('listBoard').at(-1)).toEqual({ communityId: COMMUNITY.id, cursor: 'cursor-after-case-4', limit: 20 })
  expect(work.withClass('board-entry')).toHaveLength(3)
  expect(page.dom.textContent).toContain('说事人：李*')
  expect(page.dom.textContent).toContain('说事人评价：基本满意')
  expect(page.dom.textContent).not.toContain('看更多') // no cursor on the last page
})

test('an empty board says so', async () => {
  board = () => ({ items: [] })
  const page = work.open('pages/board/index')
  await waitForText(page, '还没有公示的办理结果')
  expect(work.withClass('board-entry')).toHaveLength(0)
})

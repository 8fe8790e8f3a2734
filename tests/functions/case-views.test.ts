// Every answer with a case carries the same full CaseView: labels, the unit's name, and for a merged case the
// number of the case it joined — whether it comes from submit, a workflow action, get or a list.
import { createHarness, data, type Harness } from '../support/local-harness'
import { act, residentReports } from '../support/case-steps'
import type { CaseDetail, CaseList } from '../../src/core/contracts/views'

let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())

const submit = (text: string) => residentReports(h, text)
const views = async (as: string, action: string, payload: Record<string, unknown> = {}) => data<CaseList>(await h.call(as, 'cases', action, payload)).items

it('names the unit in the answer of a workflow action, of get and of every list', async () => {
  let c = await submit('航空路小区1栋楼道垃圾三天没人清理')
  expect(c).toMatchObject({ statusLabel: '待受理', stepLabel: '说事', overdue: false })
  expect(c.unitName).toBeUndefined()
  c = await act(h, 'persona-staff', 'triage', c, { category: 'sanitation', urgency: 'normal' })
  c = await act(h, 'persona-staff', 'assign', c, { unitId: 'unit-sanitation', level: 'community', workingDays: 3 })
  expect(c).toMatchObject({ unitName: '胜利街道环卫所', categoryLabel: '环境卫生', statusLabel: '已交办' })
  const accepted = await act(h, 'persona-handler', 'accept', c)
  expect(accepted.unitName).toBe('胜利街道环卫所')

  const detail = data<CaseDetail>(await h.call('persona-resident', 'cases', 'get', { caseId: c.id }))
  expect(detail.case.unitName).toBe('胜利街道环卫所')
  expect((await views('persona-resident', 'listMine'))[0].unitName).toBe('胜利街道环卫所')
  expect((await views('persona-staff', 'listQueue'))[0].unitName).toBe('胜利街道环卫所')
  expect((await views('persona-handler', 'listQueue'))[0].unitName).toBe('胜利街道环卫所')
  expect((await views('persona-admin', 'listQueue'))[0].unitName).toBe('胜利街道环卫所')
})

it('gives a merged case the number of the case it was merged into, in the action answer and get (lists answer summaries)', async () => {
  const first = await submit('1栋楼道垃圾堆着')
  const second = await submit('1栋楼道里垃圾没人收')
  const merged = await act(h, 'persona-staff', 'mergeDuplicate', second, { intoCaseId: first.id })
  expect(merged).toMatchObject({ status: 'merged', mergedInto: first.id, mergedIntoCaseNo: first.caseNo })
  const detail = data<CaseDetail>(await h.call('persona-resident', 'cases', 'get', { caseId: second.id }))
  expect(detail.case.mergedIntoCaseNo).toBe(first.caseNo)
  const closed = await views('persona-staff', 'listQueue', { group: 'closed' })
  expect(closed.map((c) => [c.id, c.status, c.statusLabel])).toEqual([[second.id, 'merged', '已合并']])
})

it('answers the same view from the action and from get', async () => {
  let c = await submit('2栋门口的灯不亮了')
  c = await act(h, 'persona-staff', 'triage', c, { category: 'facility', urgency: 'normal', unitId: 'unit-property' })
  const detail = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id }))
  expect(c).toEqual(detail.case)
  expect(c.unitName).toBe('荆州宏远物业公司')
})

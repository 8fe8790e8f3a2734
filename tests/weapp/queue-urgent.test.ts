// 待办事项 in the built mini-program with more open urgent cases than page 1 pins: the pinned box says "5 件以上",
// and 看全部紧急事项 (or the 紧急 tab) asks for the urgent cases alone and lists them, with no pinned box.
import { tapText, waitForText } from './harness'
import { NOT_FOUND, useWorkHarness, userOf, workCase } from './queue-support'

const gas = (n: number) => workCase(`case-1${n}`, { text: `${n}栋楼道里煤气味好重`, status: 'submitted', statusLabel: '待受理', stepLabel: '说事', unitName: undefined, urgency: 'urgent' })
const PINNED = [7, 6, 5, 4, 3].map(gas)
const OLDER = [2, 1].map(gas)
const PLAIN = workCase('case-01', { text: '3栋楼道的灯坏了' })

const work = useWorkHarness(userOf('user-staff-chen', '陈静', 'staff'), (name, action, payload: any) => {
  if (name === 'identity' && (action === 'listTemplates' || action === 'listConsents')) return { ok: true, data: action === 'listTemplates' ? {} : { credits: {} } }
  if (name === 'cases' && action === 'listQueue') {
    return payload.urgent
      ? { ok: true, data: { items: [...PINNED, ...OLDER] } }
      : { ok: true, data: { items: [PLAIN, ...OLDER], urgent: PINNED, moreUrgent: true } }
  }
  return NOT_FOUND
})

const texts = (className: string) => work.withClass(className).map((el) => el.textContent ?? '')

test('pins five with 以上, then 看全部紧急事项 lists every urgent case under the 紧急 tab', async () => {
  const page = work.open('packages/work/queue/index')
  await waitForText(page, '紧急事项 5 件以上，请优先处置')
  expect(work.callsOf('listQueue')).toEqual([{ group: 'open', limit: 20 }])
  expect(work.withClass('case-card')).toHaveLength(8)
  expect(texts('queue__urgent').join('')).toContain('7栋楼道里煤气味好重')
  expect(texts('queue__urgent').join('')).not.toContain('2栋楼道里煤气味好重')
  // Every open urgent card says 紧急, the older ones below the box too; the plain case does not.
  expect(texts('case-card__urgent')).toEqual(Array(7).fill('紧急'))
  expect(work.withClass('case-card').find((card) => card.textContent?.includes('3栋楼道的灯坏了'))?.textContent).not.toContain('紧急')

  tapText(page, '看全部紧急事项 ›')
  for (let i = 0; i < 50 && work.withClass('case-card').length !== 7; i++) await work.harness.simulate.sleep(20)
  expect(work.callsOf('listQueue')[1]).toEqual({ group: 'open', urgent: true, limit: 20 })
  expect(work.withClass('queue__urgent')).toHaveLength(0)
  expect(work.withClass('case-card')).toHaveLength(7)
  expect(texts('queue__tab--current')).toEqual(['紧急'])
})

// The statistics domain: the Shanghai month of an instant, months of a period, the median of the days histogram,
// rates, and the rule that a case's facts begin with its 说事.
import dayjs from 'dayjs'
import { shanghaiDate, ZONE } from '../../src/core/domain/deadlines'
import { formatRate, medianDays, monthsBetween, shanghaiMonth, summarize } from '../../src/core/domain/statistics'
import { foldTimeline } from '../../src/core/domain/statistics-facts'
import { buildEvent } from '../support/builders'

it('puts an instant in its Shanghai date and month, as the time-zone database does', () => {
  for (let i = 0; i < 2000; i++) {
    const instant = new Date(Date.UTC(2025, 0, 1) + i * 4 * 3600_000 + i * 7919).toISOString()
    expect(shanghaiDate(instant)).toBe(dayjs(instant).tz(ZONE).format('YYYY-MM-DD'))
  }
  expect(shanghaiMonth('2026-11-30T16:00:00.000Z')).toBe('2026-12')
  expect(shanghaiMonth('2026-11-30T15:59:59.999Z')).toBe('2026-11')
  expect(shanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
})

it('lists the months of a period across a new year', () => {
  expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  expect(monthsBetween('2026-03', '2026-02')).toEqual([])
})

it('takes the lower median of the working-days histogram', () => {
  expect(medianDays({})).toBeNull()
  expect(medianDays({ closedWithDays: 3, 'days:1': 1, 'days:4': 1, 'days:9': 1 })).toBe(4)
  expect(medianDays({ closedWithDays: 4, 'days:1': 2, 'days:8': 2 })).toBe(1)
})

it('answers null, shown as —, when a rate has nothing to count', () => {
  const none = summarize({})
  expect([none.closureRate, none.onTimeRate, none.satisfactionRate, none.followUpRate, none.reopenRate]).toEqual([null, null, null, null, null])
  expect(formatRate(null)).toBe('—')
  expect(formatRate(2 / 3)).toBe('66.7%')
  expect(summarize({ received: 4, onTime: 0, late: 3 }).onTimeRate).toBe(0)
})

it('counts nothing for a timeline without its 说事 event', () => {
  const origin = { communityId: 'c', streetId: 's', channel: 'self' as const }
  expect(foldTimeline([buildEvent({ action: 'markOverdue', seq: 1 })], origin)).toBeUndefined()
  expect(foldTimeline([buildEvent({ action: 'submit', seq: 1, at: '2026-11-30T17:00:00.000Z' })], origin)).toMatchObject({ month: '2026-12', status: 'submitted' })
})

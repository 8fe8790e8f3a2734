// 逢五说事: the next reception day (5th, 15th, 25th) by the Shanghai date, whatever the instant's zone.
import { nextMonth, nextReceptionDate, receptionDatesOfMonth, receptionDaysOf } from '../../src/core/domain/reception-days'
import { WorkCalendar } from '../../src/core/domain/work-calendar'

const beijing = (at: string) => new Date(at + '+08:00')

describe('nextReceptionDate', () => {
  it.each([
    ['2026-12-01T09:00:00', '2026-12-05'],
    ['2026-12-05T00:00:00', '2026-12-05'], // today is one
    ['2026-12-05T23:59:59', '2026-12-05'],
    ['2026-12-06T08:00:00', '2026-12-15'],
    ['2026-12-15T12:00:00', '2026-12-15'],
    ['2026-12-16T12:00:00', '2026-12-25'],
    ['2026-11-26T10:00:00', '2026-12-05'], // month end
    ['2026-02-28T10:00:00', '2026-03-05'], // short month
    ['2026-12-26T10:00:00', '2027-01-05'], // year end
    ['2026-12-31T23:30:00', '2027-01-05'],
  ])('on %s (Beijing) → %s', (at, expected) => {
    expect(nextReceptionDate(beijing(at))).toBe(expected)
  })

  it('uses the Shanghai date of a UTC instant that is already the next day there', () => {
    // 2026-12-04 16:30 UTC is 2026-12-05 00:30 in Shanghai: a reception day.
    expect(nextReceptionDate('2026-12-04T16:30:00Z')).toBe('2026-12-05')
    // 2026-12-25 17:00 UTC is the 26th in Shanghai: the next one is in January.
    expect(nextReceptionDate(new Date('2026-12-25T17:00:00Z'))).toBe('2027-01-05')
    expect(nextReceptionDate('2026-12-25T15:59:59Z')).toBe('2026-12-25')
  })
})

describe('reception days from the community’s 接待日 text', () => {
  it.each([
    ['每月5日、15日、25日（逢五说事）', [5, 15, 25]],
    ['每月10号、20号', [10, 20]],
    ['每周三下午', [5, 15, 25]],
    ['', [5, 15, 25]],
    ['每月1日、1日、31日', [1, 31]],
  ])('%s → %j', (text, days) => {
    expect(receptionDaysOf(text)).toEqual(days)
  })

  const calendar = new WorkCalendar()
  it('moves a day off of 国庆 to the next working day, keeps a plain weekend', () => {
    expect(receptionDatesOfMonth('2026-10', [5, 15, 25], calendar)).toEqual([
      { nominal: '2026-10-05', date: '2026-10-08' },
      { nominal: '2026-10-15', date: '2026-10-15' },
      { nominal: '2026-10-25', date: '2026-10-25' },
    ])
  })

  it('skips a day the month lacks and holds two days moved onto one once', () => {
    expect(receptionDatesOfMonth('2026-02', [15, 20, 30], calendar)).toEqual([{ nominal: '2026-02-15', date: '2026-02-24' }])
    expect(nextMonth('2026-12-31')).toBe('2027-01')
  })
})

describe('a community’s own reception days', () => {
  it('follows the days an admin set, skipping a day a month lacks', () => {
    expect(nextReceptionDate(beijing('2026-11-02T09:00:00'), [1, 16])).toBe('2026-11-16')
    expect(nextReceptionDate(beijing('2026-11-17T09:00:00'), [1, 16])).toBe('2026-12-01')
    expect(nextReceptionDate(beijing('2026-11-02T09:00:00'), [31])).toBe('2026-12-31') // November has no 31st
    expect(nextReceptionDate(beijing('2026-11-02T09:00:00'), [])).toBe('2026-11-05') // none named: 逢五
  })
})

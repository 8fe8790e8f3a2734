// The dates 列入议事会 and 安排议事会 offer: the community's own reception days, 逢五 when its text names none.
import { upcomingReceptionDates } from '../../src/components/actions/meeting-dates'

const beijing = (at: string) => new Date(at + '+08:00')

it('offers the next reception days by the community’s 接待日', () => {
  expect(upcomingReceptionDates(beijing('2026-12-06T10:00:00'), 3)).toEqual(['2026-12-15', '2026-12-25', '2027-01-05'])
  expect(upcomingReceptionDates(beijing('2026-12-06T10:00:00'), 3, '每月5日、15日、25日（逢五说事）')).toEqual(['2026-12-15', '2026-12-25', '2027-01-05'])
  expect(upcomingReceptionDates(beijing('2026-12-06T10:00:00'), 3, '每月1日、16日')).toEqual(['2026-12-16', '2027-01-01', '2027-01-16'])
  expect(upcomingReceptionDates(beijing('2026-12-16T10:00:00'), 1, '每月16日')).toEqual(['2026-12-16'])
  expect(upcomingReceptionDates(beijing('2026-12-06T10:00:00'), 2, '每周三下午')).toEqual(['2026-12-15', '2026-12-25'])
})

// The app counts its deadline texts by the calendar the server uses: whoami's stored years laid over the built-in ones.
import { adoptStoredCalendarYears, appCalendar } from '../../src/services/work-calendar'
import { deadlineCountdown } from '../../src/components/case/deadline-text'

afterEach(() => adoptStoredCalendarYears([]))

it('counts the days an admin stored as days off, and keeps the built-in years', () => {
  const now = new Date('2027-02-03T02:00:00Z') // Wednesday
  const dueAt = '2027-02-08T15:59:59.999Z' // Monday
  expect(deadlineCountdown(dueAt, now).text).toBe('还剩 3 个工作日')
  adoptStoredCalendarYears([{ year: 2027, holidays: ['2027-02-05', '2027-02-08'], workdays: [], provisional: false }])
  expect(deadlineCountdown(dueAt, now).text).toBe('还剩 1 个工作日')
  expect(appCalendar().isWorkingDay('2026-10-05')).toBe(false)
})

// Working-day deadlines by the Chinese calendar, computed in Asia/Shanghai whatever the machine's zone.
import { addWorkingDays, endOfShanghaiDay, shanghaiDate, workingDaysBetween, workingDaysLeft } from '../../src/core/domain/deadlines'
import { WorkCalendar } from '../../src/core/domain/work-calendar'

const calendar = new WorkCalendar()
const at = (beijing: string) => new Date(beijing + '+08:00').toISOString()
const dueDate = (start: string, days: number) => shanghaiDate(addWorkingDays(at(start), days, calendar))

describe('working days 2026', () => {
  it.each([
    ['2026-02-14', true], // Saturday make-up workday before Spring Festival
    ['2026-02-15', false], ['2026-02-20', false], ['2026-02-23', false], // Spring Festival
    ['2026-02-24', true],
    ['2026-02-28', true], // Saturday make-up workday
    ['2026-10-01', false], ['2026-10-07', false], // National Day
    ['2026-10-10', true], // Saturday make-up workday
    ['2026-09-20', true], // Sunday make-up workday
    ['2026-11-28', false], ['2026-11-30', true], // ordinary weekend and Monday
  ])('%s working: %s', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working)
  })
})

describe('addWorkingDays', () => {
  it('skips the Spring Festival and counts the make-up Saturday', () => {
    // Friday 13 Feb + 1 → Saturday 14 Feb (make-up day); + 2 → 24 Feb after the holiday.
    expect(dueDate('2026-02-13T10:00:00', 1)).toBe('2026-02-14')
    expect(dueDate('2026-02-13T10:00:00', 2)).toBe('2026-02-24')
    expect(dueDate('2026-02-13T10:00:00', 5)).toBe('2026-02-27')
    expect(dueDate('2026-02-13T10:00:00', 6)).toBe('2026-02-28')
  })

  it('skips National Day and counts the make-up days around it', () => {
    // Friday 18 Sep: Sat 19 off, Sun 20 make-up → 1 day lands on Sunday 20 Sep.
    expect(dueDate('2026-09-18T09:00:00', 1)).toBe('2026-09-20')
    // Wed 30 Sep + 1 → Thursday 8 Oct; + 3 → Saturday 10 Oct (make-up day).
    expect(dueDate('2026-09-30T09:00:00', 1)).toBe('2026-10-08')
    expect(dueDate('2026-09-30T09:00:00', 3)).toBe('2026-10-10')
    expect(dueDate('2026-09-30T09:00:00', 4)).toBe('2026-10-12')
  })

  it('counts from the Shanghai date, not the UTC date', () => {
    // 2026-11-27 23:30 Beijing is still the 27th there but 15:30Z; late-night UTC would already be the 28th.
    expect(dueDate('2026-11-27T23:30:00', 1)).toBe('2026-11-30')
    // 2026-11-28 00:30 Beijing (Saturday) is 16:30Z on Friday 27th in UTC.
    expect(dueDate('2026-11-28T00:30:00', 1)).toBe('2026-11-30')
  })

  it('ends at 23:59:59.999 Beijing time', () => {
    expect(addWorkingDays(at('2026-11-30T10:00:00'), 1, calendar)).toBe('2026-12-01T15:59:59.999Z')
  })

  it('refuses a non-positive count', () => {
    expect(() => addWorkingDays(at('2026-11-30T10:00:00'), 0, calendar)).toThrow(RangeError)
  })

  it('counts working days between two instants', () => {
    expect(workingDaysBetween(at('2026-09-30T09:00:00'), at('2026-10-12T09:00:00'), calendar)).toBe(4)
    expect(workingDaysBetween(at('2026-10-12T09:00:00'), at('2026-09-30T09:00:00'), calendar)).toBe(0)
  })
})

describe('2027', () => {
  it('is provisional: weekends and fixed-date holidays only', () => {
    expect(calendar.isProvisional(2027)).toBe(true)
    expect(calendar.isProvisional(2026)).toBe(false)
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false)
    expect(calendar.isWorkingDay('2027-10-01')).toBe(false)
    expect(calendar.isWorkingDay('2027-01-04')).toBe(true)
  })
})

describe('workingDaysLeft', () => {
  const due = (date: string) => endOfShanghaiDay(date)

  it('counts the working days after today up to the deadline’s date', () => {
    // Monday 30 Nov → Thursday 3 Dec: Tue, Wed, Thu.
    expect(workingDaysLeft(at('2026-11-30T10:00:00'), due('2026-12-03'), calendar)).toBe(3)
    // Friday 25 Sep → Monday 28 Sep, across 中秋 (25–27 off): only Monday counts.
    expect(workingDaysLeft(at('2026-09-24T10:00:00'), due('2026-09-28'), calendar)).toBe(1)
  })

  it('is 0 on the deadline’s own day', () => {
    expect(workingDaysLeft(at('2026-12-03T08:00:00'), due('2026-12-03'), calendar)).toBe(0)
    expect(workingDaysLeft(at('2026-12-03T23:59:59'), due('2026-12-03'), calendar)).toBe(0)
  })

  it('is minus the working days since the deadline when overdue', () => {
    expect(workingDaysLeft(at('2026-12-04T00:05:00'), due('2026-12-03'), calendar)).toBe(-1)
    // Deadline Wed 30 Sep; 国庆 1–7 Oct off; Thu 8 Oct is the first working day after it.
    expect(workingDaysLeft(at('2026-10-08T09:00:00'), due('2026-09-30'), calendar)).toBe(-1)
    expect(workingDaysLeft(at('2026-10-12T09:00:00'), due('2026-09-30'), calendar)).toBe(-4) // 8, 9, 10 (make-up Saturday), 12
  })

  it('is 0, never -0, when only days off have passed since the deadline', () => {
    expect(Object.is(workingDaysLeft(at('2026-10-03T09:00:00'), due('2026-09-30'), calendar), 0)).toBe(true)
  })

  it('reads a UTC instant by its Shanghai date', () => {
    // 2026-12-02T16:30Z is already Thursday 3 Dec in Shanghai: due today.
    expect(workingDaysLeft('2026-12-02T16:30:00Z', due('2026-12-03'), calendar)).toBe(0)
  })
})

// 节假日安排: an admin enters a year's days off and make-up workdays (调休上班) as published by the State Council;
// the stored year replaces the built-in one, and deadlines computed afterwards use it. Validated: every date a real
// date of that year, none listed twice, no day both off and worked, make-up workdays on a weekend. Written with an
// editCalendar audit event. Errors: FORBIDDEN, INVALID_INPUT (nothing written).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { calendarYearProblem, type CalendarYear } from '../../domain/work-calendar'
import { fail, ok, type Result } from '../../contracts/result'
import { mayEditCalendar } from './settings-permissions'
import { settingsAuditEvent } from './audit-event'
import { refreshCalendar } from './calendar-years'

export interface SaveCalendarYearInput {
  year: number
  holidays: string[]
  workdays: string[]
  /** Still provisional (the official arrangement not yet published). */
  provisional?: boolean
}

export async function saveCalendarYear(deps: Deps, actor: Actor, input: SaveCalendarYearInput): Promise<Result<CalendarYear>> {
  if (!mayEditCalendar(actor)) return fail('FORBIDDEN', '只有街道管理员可以修改节假日安排')
  const year: CalendarYear = { year: input.year, holidays: [...input.holidays].sort(), workdays: [...input.workdays].sort(), provisional: input.provisional === true }
  const problem = calendarYearProblem(year)
  if (problem) return fail('INVALID_INPUT', problem.message, problem.field)
  const before = deps.calendar.years.find((y) => y.year === year.year)
  const event = settingsAuditEvent(deps, actor, 'editCalendar', undefined, {
    year: year.year, holidays: year.holidays, workdays: year.workdays, provisional: year.provisional,
    before: before ? { holidays: before.holidays.length, workdays: before.workdays.length, provisional: before.provisional } : null,
  })
  await deps.repos.admin.saveCalendarYear(year, event)
  await refreshCalendar(deps, true)
  return ok(year)
}

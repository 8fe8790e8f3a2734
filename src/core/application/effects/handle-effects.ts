// 办事: assign to a unit with a working-day deadline and a level; the unit accepts, reports, asks for more time, returns or completes.
import { addWorkingDays } from '../../domain/deadlines'
import { LEVEL_LABELS } from '../../domain/case'
import { fail, ok } from '../../contracts/result'
import type { Effect } from './effect'

export const assign: Effect<'assign'> = async ({ deps, item, input, now }) => {
  const unit = await deps.repos.directory.getUnit(input.unitId)
  if (!unit || unit.streetId !== item.streetId) return fail('NOT_FOUND', '找不到这个承办单位', 'unitId')
  const dueAt = addWorkingDays(now, input.workingDays, deps.calendar)
  return ok({
    changes: { unitId: unit.id, level: input.level, dueAt },
    data: { unitId: unit.id, unitName: unit.name, level: input.level, levelLabel: LEVEL_LABELS[input.level], workingDays: input.workingDays, dueAt },
  })
}

export const accept: Effect<'accept'> = () => ok({ changes: {} })
export const progress: Effect<'progress'> = () => ok({ changes: {} })
export const requestExtension: Effect<'requestExtension'> = ({ input }) => ok({ changes: {}, data: { days: input.days } })

/** Approving moves the deadline by the working days the unit asked for in its latest request. */
export const approveExtension: Effect<'approveExtension'> = async ({ deps, item }) => {
  const events = await deps.repos.events.listByCase(item.id)
  const request = [...events].reverse().find((e) => e.action === 'requestExtension')
  const days = typeof request?.data?.days === 'number' ? request.data.days : 0
  if (!days || !item.dueAt) return fail('TRANSITION_NOT_ALLOWED', '没有找到延期申请')
  const dueAt = addWorkingDays(item.dueAt, days, deps.calendar)
  return ok({ changes: { dueAt }, data: { days, previousDueAt: item.dueAt, dueAt } })
}

export const denyExtension: Effect<'denyExtension'> = () => ok({ changes: {} })

/** Wrong unit: back to staff for a new assignment; the deadline no longer applies. */
export const returnToStaff: Effect<'returnToStaff'> = ({ item }) => ok({ changes: { unitId: undefined, dueAt: undefined, level: undefined }, data: { unitId: item.unitId } })

export const complete: Effect<'complete'> = ({ input }) => ok({ changes: { result: input.result }, data: { result: input.result } })

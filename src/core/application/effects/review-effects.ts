// 评事: publish the result to the board; the petitioner rates it (不满意 sends it back to the unit).
import { RATING_LABELS } from '../../domain/case'
import { addWorkingDays } from '../../domain/deadlines'
import { fail, ok } from '../../contracts/result'
import type { Effect } from './effect'

export const REOPEN_WORKING_DAYS = 5

export const publish: Effect<'publish'> = ({ input, now }) =>
  ok({ changes: { publishedResult: input.publishedResult, publishedAt: now.toISOString() }, data: { publishedResult: input.publishedResult } })

export const rate: Effect<'rate'> = ({ deps, actor, item, input, now }) => {
  if (item.petitioner.userId !== actor.userId) return fail('FORBIDDEN', '只有说事人本人可以评价')
  const rating = { value: input.rating, at: now.toISOString(), ...(input.comment ? { comment: input.comment } : {}) }
  const data = { rating: input.rating, ratingLabel: RATING_LABELS[input.rating] }
  if (input.rating === 'unsatisfied') {
    if (!item.unitId) return ok({ action: 'rateUnsatisfiedRetriage', changes: { rating, publishedResult: undefined, publishedAt: undefined }, data })
    const dueAt = addWorkingDays(now, REOPEN_WORKING_DAYS, deps.calendar)
    return ok({ action: 'rateUnsatisfied', changes: { rating, dueAt, publishedResult: undefined, publishedAt: undefined }, data: { ...data, dueAt } })
  }
  return ok({ action: 'rate', changes: { rating, closure: 'rated' }, data })
}

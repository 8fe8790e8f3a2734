// 评事: publish the result to the board; the petitioner rates it in the app, or a worker records it by 回访 for a
// petitioner without the app. 不满意 sends it back to the unit (or, without a unit, to staff).
import { FOLLOW_UP_METHOD_LABELS, RATING_LABELS, type CaseRating, type CaseRecord } from '../../domain/case'
import { addWorkingDays } from '../../domain/deadlines'
import { ratedByFollowUp } from '../../domain/permissions'
import type { CaseAction } from '../../domain/transitions'
import type { Deps } from '../../ports'
import { fail, ok } from '../../contracts/result'
import type { Effect, EffectOutcome } from './effect'

export const REOPEN_WORKING_DAYS = 5

export const publish: Effect<'publish'> = ({ input, now }) =>
  ok({ changes: { publishedResult: input.publishedResult, publishedAt: now.toISOString() }, data: { publishedResult: input.publishedResult } })

export const rate: Effect<'rate'> = ({ deps, actor, item, input, now }) => {
  if (item.petitioner.userId !== actor.userId) return fail('FORBIDDEN', '只有说事人本人可以评价')
  const rating = { value: input.rating, at: now.toISOString(), ...(input.comment ? { comment: input.comment } : {}) }
  return ok(ratingOutcome(deps, item, rating, now, RATE_ACTIONS))
}

export const recordFollowUp: Effect<'recordFollowUp'> = ({ deps, actor, item, input, now }) => {
  if (!ratedByFollowUp(item)) return fail('FORBIDDEN', '说事人已在小程序登记，请由本人评价')
  const rating: CaseRating = {
    value: input.rating,
    at: now.toISOString(),
    ...(input.comment ? { comment: input.comment } : {}),
    followUp: { method: input.method, byName: actor.name },
  }
  return ok(ratingOutcome(deps, item, rating, now, FOLLOW_UP_ACTIONS, { method: input.method, methodLabel: FOLLOW_UP_METHOD_LABELS[input.method] }))
}

interface RatingActions { rated: CaseAction; reopen: CaseAction; retriage: CaseAction }
const RATE_ACTIONS: RatingActions = { rated: 'rate', reopen: 'rateUnsatisfied', retriage: 'rateUnsatisfiedRetriage' }
const FOLLOW_UP_ACTIONS: RatingActions = { rated: 'recordFollowUp', reopen: 'followUpUnsatisfied', retriage: 'followUpUnsatisfiedRetriage' }

/** 满意 / 基本满意 closes the rating step; 不满意 reopens handling (5 working days) or, without a unit, triage. */
function ratingOutcome(deps: Deps, item: CaseRecord, rating: CaseRating, now: Date, actions: RatingActions, extra: Record<string, unknown> = {}): EffectOutcome {
  const data = { rating: rating.value, ratingLabel: RATING_LABELS[rating.value], ...extra }
  if (rating.value !== 'unsatisfied') return { action: actions.rated, changes: { rating, closure: 'rated' }, data }
  const unpublished = { publishedResult: undefined, publishedAt: undefined }
  if (!item.unitId) return { action: actions.retriage, changes: { rating, ...unpublished }, data }
  const dueAt = addWorkingDays(now, REOPEN_WORKING_DAYS, deps.calendar)
  return { action: actions.reopen, changes: { rating, dueAt, ...unpublished }, data: { ...data, dueAt } }
}

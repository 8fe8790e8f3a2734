// Where-conditions for case queries: the scope (one field, by precedence) and the status filter.
import type { CaseScope } from '@core/ports/repositories'
import type { CaseStatus } from '@core/domain/case-status'
import type { DbCommand, QueryCondition } from './database-api'

/** The scope condition, or 'nothing' when the scope can match no case (an empty gridIds list). */
export function scopeCondition(_: DbCommand, query: CaseScope): QueryCondition | 'nothing' {
  if (query.petitionerUserId !== undefined) return { 'petitioner.userId': query.petitionerUserId }
  if (query.submittedBy !== undefined) return { submittedBy: query.submittedBy }
  if (query.unitId !== undefined) return { unitId: query.unitId }
  if (query.gridIds !== undefined) return query.gridIds.length === 0 ? 'nothing' : { gridId: _.in(query.gridIds) }
  if (query.communityId !== undefined) return { communityId: query.communityId }
  if (query.streetId !== undefined) return { streetId: query.streetId }
  throw new RangeError('CaseQuery needs a scope: petitionerUserId, submittedBy, unitId, gridIds, communityId or streetId')
}

/** Which scope field the query uses (the same precedence as scopeCondition). */
export function scopeField(query: CaseScope): 'petitioner.userId' | 'submittedBy' | 'unitId' | 'gridId' | 'communityId' | 'streetId' {
  if (query.petitionerUserId !== undefined) return 'petitioner.userId'
  if (query.submittedBy !== undefined) return 'submittedBy'
  if (query.unitId !== undefined) return 'unitId'
  if (query.gridIds !== undefined) return 'gridId'
  if (query.communityId !== undefined) return 'communityId'
  return 'streetId'
}

/** The status filter, undefined for "any status", or 'nothing' for an empty list. */
export function statusCondition(_: DbCommand, statuses: readonly CaseStatus[] | undefined): QueryCondition | undefined | 'nothing' {
  if (statuses === undefined) return undefined
  if (statuses.length === 0) return 'nothing'
  return { status: _.in(statuses) }
}

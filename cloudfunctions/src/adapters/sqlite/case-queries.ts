// SQL for the case queries: a scope (one column, by precedence), optional filters, and range pagination on
// (key, id) — never OFFSET. Pure functions, so tests can EXPLAIN QUERY PLAN the exact SQL.
import type { CaseStatus } from '@core/domain/case-status'
import type { CaseQuery } from '@core/ports/repositories'
import { checkLimit, decodeCursor } from '../shared/cursor'

export type SqlParam = string | number

export interface SqlQuery {
  sql: string
  params: SqlParam[]
  /** The sort column, to build the next cursor from the last row. */
  keyColumn: 'created_at' | 'due_at' | 'updated_at'
  /** How many rows the page holds (the query asks for one more). */
  limit: number
}

interface Filter {
  where: string
  params: SqlParam[]
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ')

function inList(column: string, values: readonly string[]): Filter {
  return { where: `${column} IN (${placeholders(values.length)})`, params: [...values] }
}

/** The scope filter, or undefined when it can match nothing (an empty gridIds list). */
function scopeFilter(query: CaseQuery): Filter | undefined {
  if (query.petitionerUserId !== undefined) return { where: 'petitioner_user_id = ?', params: [query.petitionerUserId] }
  if (query.submittedBy !== undefined) return { where: 'submitted_by = ?', params: [query.submittedBy] }
  if (query.unitId !== undefined) return { where: 'unit_id = ?', params: [query.unitId] }
  if (query.gridIds !== undefined) return query.gridIds.length === 0 ? undefined : inList('grid_id', query.gridIds)
  if (query.communityId !== undefined) return { where: 'community_id = ?', params: [query.communityId] }
  if (query.streetId !== undefined) return { where: 'street_id = ?', params: [query.streetId] }
  throw new RangeError('CaseQuery needs a scope: petitionerUserId, submittedBy, unitId, gridIds, communityId or streetId')
}

function page(filters: Filter[], keyColumn: SqlQuery['keyColumn'], direction: 'ASC' | 'DESC', limit: number, cursor?: string): SqlQuery {
  checkLimit(limit)
  const all = [...filters]
  if (cursor !== undefined) {
    const after = decodeCursor(cursor)
    all.push({ where: `(${keyColumn}, id) ${direction === 'DESC' ? '<' : '>'} (?, ?)`, params: [after.key, after.id] })
  }
  const sql = `SELECT * FROM cases WHERE ${all.map((f) => f.where).join(' AND ')} ORDER BY ${keyColumn} ${direction}, id ${direction} LIMIT ?`
  return { sql, params: [...all.flatMap((f) => f.params), limit + 1], keyColumn, limit }
}

/** list(): newest first by (created_at, id). 'nothing' when the query can match no case. */
export function listQuery(query: CaseQuery): SqlQuery | 'nothing' {
  checkLimit(query.limit)
  const scope = scopeFilter(query)
  if (!scope || query.statuses?.length === 0) return 'nothing'
  const filters = query.statuses ? [scope, inList('status', query.statuses)] : [scope]
  if (query.urgency) filters.push({ where: 'urgency = ?', params: [query.urgency] })
  return page(filters, 'created_at', 'DESC', query.limit, query.cursor)
}

/** listDue(): by (due_at, id), read through the (status, due_at, id) index. */
export function listDueQuery(statuses: readonly CaseStatus[], before: string, limit: number, cursor?: string): SqlQuery | 'nothing' {
  checkLimit(limit)
  if (statuses.length === 0) return 'nothing'
  return page([inList('status', statuses), { where: 'due_at <= ?', params: [before] }], 'due_at', 'ASC', limit, cursor)
}

/** listStale(): by (updated_at, id), read through the (status, updated_at, id) index. */
export function listStaleQuery(status: CaseStatus, before: string, limit: number, cursor?: string): SqlQuery {
  return page([{ where: 'status = ?', params: [status] }, { where: 'updated_at <= ?', params: [before] }], 'updated_at', 'ASC', limit, cursor)
}

/** countForDay(): a range on case_no, so the (community_id, case_no) index answers it. */
export function countForDayQuery(communityId: string, datePrefix: string): { sql: string; params: SqlParam[] } {
  return {
    sql: 'SELECT COUNT(*) FROM cases WHERE community_id = ? AND case_no >= ? AND case_no < ?',
    params: [communityId, datePrefix, `${datePrefix}\uffff`],
  }
}

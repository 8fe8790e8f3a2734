// SQL for the case queries: a scope (one column, by precedence), optional filters, and range pagination on
// (key, id) — never OFFSET. Pure functions, so tests can EXPLAIN QUERY PLAN the exact SQL.
//
// Every query names its index (INDEXED BY), whose leading columns are the query's equality terms and whose next
// columns are its order: a page reads the rows it returns and no more, whatever the data (issue 12). A list over
// several statuses (or grids) is one arm per (scope value, status), each read in index order, merged by SQLite
// (UNION ALL … ORDER BY compiles to a MERGE of the arms: no temporary B-tree, no scan). Statuses are literals
// (checked against CASE_STATUSES), so the partial indexes' WHERE terms match and plans never depend on statistics.
// A page query reads only (id, key) — every index holds both, so the arms never touch the table — and the
// repository then reads the page's rows by id.
import { CASE_STATUSES, STATUS_GROUPS, isCaseStatus, type CaseStatus } from '@core/domain/case-status'
import type { CaseQuery, CaseScope } from '@core/ports/repositories'
import { checkLimit, decodeCursor } from '../shared/cursor'

export type SqlParam = string | number

export type KeyColumn = 'created_at' | 'due_at' | 'updated_at' | 'published_at' | 'meeting_date'

export interface SqlQuery {
  /** Answers rows of (id, key), in page order. */
  sql: string
  params: SqlParam[]
  /** The sort column, to build the next cursor from the last row. */
  keyColumn: KeyColumn
  /** How many rows the page holds (the query asks for one more). */
  limit: number
  /** The page's order on (key, id). */
  direction: 'ASC' | 'DESC'
}

interface Term {
  where: string
  params: SqlParam[]
}

/** One SELECT of a compound: its index and its terms (the cursor range is added per arm). */
interface Arm {
  index: string
  terms: Term[]
}

type ScopeName = 'petitioner' | 'submitted_by' | 'unit' | 'grid' | 'community' | 'street'

interface Scope {
  name: ScopeName
  column: string
  /** One arm per value (several for a grid worker's grids). */
  values: string[]
}

/** The open statuses, written exactly as in the open group's partial indexes' WHERE (schema.ts). */
export const OPEN_TERM = `status IN (${STATUS_GROUPS.open.map((s) => `'${s}'`).join(', ')})`

/** The scopes whose open cases (and open urgent ones) have partial indexes of their own: one arm, not one per status. */
const OPEN_INDEXED_SCOPES: readonly ScopeName[] = ['unit', 'grid', 'community', 'street']

/** True when the statuses are exactly the open group (any order). */
function isOpenGroup(statuses: readonly CaseStatus[] | undefined): boolean {
  if (!statuses) return false
  const asked = new Set(statuses)
  return asked.size === STATUS_GROUPS.open.length && STATUS_GROUPS.open.every((s) => asked.has(s))
}

/** The agenda statuses, written exactly as in the partial indexes' WHERE (schema.ts). */
export const AGENDA_TERM = `status IN (${STATUS_GROUPS.agenda.map((s) => `'${s}'`).join(', ')})`
/** What the board lists: published results, whatever happened to the case after publication. */
export const BOARD_STATUSES: readonly CaseStatus[] = ['published', 'rated', 'closed']

const statusTerm = (status: CaseStatus): Term => {
  if (!isCaseStatus(status)) throw new RangeError(`unknown case status: ${String(status)}`)
  return { where: `status = '${status}'`, params: [] }
}

/** The scope, or undefined when it can match nothing (an empty gridIds list). */
function scopeOf(query: CaseScope): Scope | undefined {
  if (query.petitionerUserId !== undefined) return { name: 'petitioner', column: 'petitioner_user_id', values: [query.petitionerUserId] }
  if (query.submittedBy !== undefined) return { name: 'submitted_by', column: 'submitted_by', values: [query.submittedBy] }
  if (query.unitId !== undefined) return { name: 'unit', column: 'unit_id', values: [query.unitId] }
  if (query.gridIds !== undefined) return query.gridIds.length === 0 ? undefined : { name: 'grid', column: 'grid_id', values: [...new Set(query.gridIds)] }
  if (query.communityId !== undefined) return { name: 'community', column: 'community_id', values: [query.communityId] }
  if (query.streetId !== undefined) return { name: 'street', column: 'street_id', values: [query.streetId] }
  throw new RangeError('CaseQuery needs a scope: petitionerUserId, submittedBy, unitId, gridIds, communityId or streetId')
}

const scopeTerm = (scope: Scope, value: string): Term => ({ where: `${scope.column} = ?`, params: [value] })

/** The arms, each read in (key, id) order from its index, merged into one page. */
function page(arms: Arm[], keyColumn: KeyColumn, direction: 'ASC' | 'DESC', limit: number, cursor?: string): SqlQuery {
  checkLimit(limit)
  const after = cursor === undefined ? undefined : decodeCursor(cursor)
  const selects = arms.map((arm) => {
    const terms = after ? [...arm.terms, { where: `(${keyColumn}, id) ${direction === 'DESC' ? '<' : '>'} (?, ?)`, params: [after.key, after.id] }] : arm.terms
    return { sql: `SELECT id, ${keyColumn} AS key FROM cases INDEXED BY ${arm.index} WHERE ${terms.map((t) => t.where).join(' AND ')}`, params: terms.flatMap((t) => t.params) }
  })
  const sql = `${selects.map((s) => s.sql).join(' UNION ALL ')} ORDER BY key ${direction}, id ${direction} LIMIT ?`
  return { sql, params: [...selects.flatMap((s) => s.params), limit + 1], keyColumn, limit, direction }
}

const unique = (statuses: readonly CaseStatus[]) => [...new Set(statuses)]

/** list(): newest first by (created_at, id). 'nothing' when the query can match no case. */
export function listQuery(query: CaseQuery): SqlQuery | 'nothing' {
  checkLimit(query.limit)
  const scope = scopeOf(query)
  if (!scope || query.statuses?.length === 0) return 'nothing'
  if (query.urgency !== undefined && query.urgency !== 'urgent') throw new RangeError(`only the urgent list is indexed, not urgency ${String(query.urgency)}`)
  const urgent = query.urgency === 'urgent'
  if (scope.name === 'petitioner' || (scope.name === 'submitted_by' && !query.statuses && !urgent)) {
    if (query.statuses || urgent) throw new RangeError('a petitioner’s cases are listed whole: no status or urgency filter')
    const index = scope.name === 'petitioner' ? 'cases_petitioner' : 'cases_submitted_by'
    return page([{ index, terms: [scopeTerm(scope, scope.values[0])] }], 'created_at', 'DESC', query.limit, query.cursor)
  }
  if (urgent && scope.name === 'submitted_by') throw new RangeError('the urgent list is indexed by unit, grid, community or street')
  // The open group — every queue's first tab and its pinned urgent list — is read from its own partial index.
  if (isOpenGroup(query.statuses) && OPEN_INDEXED_SCOPES.includes(scope.name)) {
    const openIndex = `cases_${scope.name}_open${urgent ? '_urgent' : ''}`
    const openArms = scope.values.map((value) => ({
      index: openIndex,
      terms: [scopeTerm(scope, value), ...(urgent ? [{ where: `urgency = 'urgent'`, params: [] }] : []), { where: OPEN_TERM, params: [] }],
    }))
    return page(openArms, 'created_at', 'DESC', query.limit, query.cursor)
  }
  const index = `cases_${scope.name}_${urgent ? 'urgent' : 'status'}`
  const arms: Arm[] = []
  for (const value of scope.values) {
    for (const status of unique(query.statuses ?? CASE_STATUSES)) {
      const terms = [scopeTerm(scope, value), statusTerm(status)]
      if (urgent) terms.push({ where: `urgency = 'urgent'`, params: [] })
      arms.push({ index, terms })
    }
  }
  return page(arms, 'created_at', 'DESC', query.limit, query.cursor)
}

/** listAgenda(): cases on a meeting's agenda in the scope, by (meeting_date, id), earliest first. */
export function listAgendaQuery(query: CaseScope, limit: number, cursor?: string): SqlQuery | 'nothing' {
  checkLimit(limit)
  const scope = scopeOf(query)
  if (!scope) return 'nothing'
  if (scope.name === 'petitioner' || scope.name === 'submitted_by') throw new RangeError('the agenda is indexed by unit, grid, community or street')
  const arms = scope.values.map((value) => ({ index: `cases_${scope.name}_agenda`, terms: [scopeTerm(scope, value), { where: AGENDA_TERM, params: [] }] }))
  return page(arms, 'meeting_date', 'ASC', limit, cursor)
}

/** listPublished(): the board, newest publication first, by (published_at, id). */
export function listPublishedQuery(communityId: string, limit: number, cursor?: string): SqlQuery {
  const arms = BOARD_STATUSES.map((status) => ({
    index: 'cases_board',
    terms: [{ where: 'community_id = ?', params: [communityId] }, statusTerm(status), { where: 'published_at IS NOT NULL', params: [] }],
  }))
  return page(arms, 'published_at', 'DESC', limit, cursor)
}

/** listDue(): by (due_at, id), each status read through the (status, due_at, id) index and merged. */
export function listDueQuery(statuses: readonly CaseStatus[], before: string, limit: number, cursor?: string): SqlQuery | 'nothing' {
  checkLimit(limit)
  if (statuses.length === 0) return 'nothing'
  const arms = unique(statuses).map((status) => ({ index: 'cases_due', terms: [statusTerm(status), { where: 'due_at <= ?', params: [before] }] }))
  return page(arms, 'due_at', 'ASC', limit, cursor)
}

/** listStale(): by (updated_at, id), read through the (status, updated_at, id) index, which holds published cases only. */
export function listStaleQuery(status: CaseStatus, before: string, limit: number, cursor?: string): SqlQuery {
  if (status !== 'published') throw new RangeError(`only published cases are indexed by their last change, not ${String(status)}`)
  return page([{ index: 'cases_stale', terms: [statusTerm(status), { where: 'updated_at <= ?', params: [before] }] }], 'updated_at', 'ASC', limit, cursor)
}

/**
 * listCreated() (台账): a community's or a street's cases created in [start, before), oldest first by (created_at, id):
 * each status read through the (scope, status, created_at, id) index and merged, so a submit feeds no index of its own
 * for the ledger.
 */
export function listCreatedQuery(scope: { communityId?: string; streetId: string }, start: string, before: string, limit: number, cursor?: string): SqlQuery {
  const [name, column, value] = scope.communityId !== undefined ? ['community', 'community_id', scope.communityId] : ['street', 'street_id', scope.streetId]
  const arms = CASE_STATUSES.map((status) => ({
    index: `cases_${name}_status`,
    terms: [{ where: `${column} = ?`, params: [value] }, statusTerm(status), { where: 'created_at >= ?', params: [start] }, { where: 'created_at < ?', params: [before] }],
  }))
  return page(arms, 'created_at', 'ASC', limit, cursor)
}

/** countForDay(): a range on case_no, so the (community_id, case_no) index answers it. */
export function countForDayQuery(communityId: string, datePrefix: string): { sql: string; params: SqlParam[] } {
  return {
    sql: 'SELECT COUNT(*) FROM cases INDEXED BY cases_day WHERE community_id = ? AND case_no >= ? AND case_no < ?',
    params: [communityId, datePrefix, `${datePrefix}\uffff`],
  }
}

// Read up to `max` cases of one indexed list query, page by page (range pagination, 100 a page): never a full scan.
import type { Deps } from '../ports'
import type { CaseRecord } from '../domain/case'
import type { CaseQuery } from '../ports/repositories'
import { LIMITS } from '../contracts/functions'

export interface CasesRead {
  items: CaseRecord[]
  /** More cases match beyond those read. */
  more: boolean
}

export async function readCases(deps: Deps, query: Omit<CaseQuery, 'limit' | 'cursor'>, max: number): Promise<CasesRead> {
  const items: CaseRecord[] = []
  let cursor: string | undefined
  do {
    const page = await deps.repos.cases.list({ ...query, limit: Math.min(LIMITS.maxPageSize, max - items.length), cursor })
    items.push(...page.items)
    cursor = page.nextCursor
  } while (cursor && items.length < max)
  return { items, more: cursor !== undefined }
}

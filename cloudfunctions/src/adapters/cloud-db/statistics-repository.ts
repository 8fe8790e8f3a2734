// StatisticsRepository over the cloud database: a scope's counter documents by (scope, bucket) range, page by page.
import type { StatisticsRepository } from '@core/ports/statistics'
import type { CounterRow } from '@core/domain/statistics-counters'
import { CURRENT_BUCKET } from '@core/domain/statistics-counters'
import type { CloudDatabase, QueryCondition } from './database-api'
import { COLLECTIONS, PAGE_SIZE } from './collections'
import { fetchPage } from './paging'
import { fetchAll } from './doc-helpers'
import { rowFromDoc } from './statistics-counters'

export function createCloudStatisticsRepository(db: CloudDatabase): StatisticsRepository {
  const _ = db.command

  async function readAll(conditions: QueryCondition[]): Promise<CounterRow[]> {
    const rows: CounterRow[] = []
    let cursor: string | undefined
    do {
      const page = await fetchPage(db, { collection: COLLECTIONS.statisticsCounters, conditions, field: 'bucket', direction: 'asc', limit: PAGE_SIZE, cursor })
      rows.push(...page.docs.map(rowFromDoc))
      cursor = page.nextCursor
    } while (cursor !== undefined)
    return rows
  }

  return {
    async read(scope, fromMonth, toMonth) {
      const months = await readAll([{ scope }, { bucket: _.gte(fromMonth) }, { bucket: _.lte(toMonth) }])
      const current = (await fetchAll(db, COLLECTIONS.statisticsCounters, { scope, bucket: CURRENT_BUCKET })).map(rowFromDoc)
      return [...months, ...current]
    },
  }
}

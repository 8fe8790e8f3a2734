// StatisticsRepository over SQLite: the counter rows of a scope, by primary-key range.
import type { StatisticsRepository } from '@core/ports/statistics'
import type { Database } from './database'
import { statementCache } from './statements'
import { READ_COUNTERS_SQL, rowFromStored } from './statistics-counters'

export function createSqliteStatisticsRepository(db: Database): StatisticsRepository {
  const statement = statementCache(db)
  return {
    async read(scope, fromMonth, toMonth) {
      const rows = statement(READ_COUNTERS_SQL).all(scope, fromMonth, toMonth, scope) as Parameters<typeof rowFromStored>[0][]
      return rows.map(rowFromStored)
    },
  }
}

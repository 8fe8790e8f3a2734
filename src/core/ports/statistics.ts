// Port for the statistics counters (数据统计): the rows kept by the case repository in the transaction that changes a
// case (src/core/domain/statistics-counters.ts). Adapters: cloudfunctions/src/adapters/{sqlite,cloud-db}/statistics-repository.ts.
import type { CounterRow } from '../domain/statistics-counters'

export interface StatisticsRepository {
  /**
   * The counter rows of one scope ('c:<communityId>' or 's:<streetId>') for the receipt months from…to (YYYY-MM,
   * inclusive), then its current ('now') rows; read by (scope, bucket) range, a bounded number of rows.
   */
  read(scope: string, fromMonth: string, toMonth: string): Promise<CounterRow[]>
}

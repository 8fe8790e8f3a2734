// A data folder made before the statistics counters existed (or loaded in bulk) holds cases but no counters: the
// first `npm start` on it builds them from the case events, once, so the dashboard never shows zeros for real cases.
import type { Database } from '../adapters/sqlite'
import { recountSqlite } from '../adapters/sqlite/statistics-recount'

/** Builds the counters when there are cases and no case has its statistics yet; answers the cases counted (0: nothing to do). */
export function fillCountersOnce(db: Database, print: (line: string) => void = () => {}): number {
  const hasCases = db.prepare('SELECT 1 FROM cases LIMIT 1').get() !== undefined
  const hasFacts = db.prepare('SELECT 1 FROM case_statistics LIMIT 1').get() !== undefined
  if (!hasCases || hasFacts) return 0
  print('首次启用统计：正在按事项记录生成统计计数（事项多时需要几分钟）…')
  const report = recountSqlite(db, { fix: true })
  print(`统计计数已生成：${report.cases} 件事项。`)
  return report.cases
}

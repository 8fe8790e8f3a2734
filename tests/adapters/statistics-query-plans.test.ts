// The statistics statements of the SQLite adapter are served by primary keys: the dashboard's read of a scope's months
// and its current rows, and the counter and facts rows a case change reads and writes.
import { closeDatabase, openDatabase } from '../../cloudfunctions/src/adapters/sqlite'
import { READ_COUNTERS_SQL } from '../../cloudfunctions/src/adapters/sqlite/statistics-counters'

const plan = (sql: string, params: unknown[]) => {
  const db = openDatabase(':memory:')
  try {
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail)
  } finally {
    closeDatabase(db)
  }
}

it('reads a scope’s counter rows by primary-key range, never a scan', () => {
  const lines = plan(READ_COUNTERS_SQL, ['c:community-1', '2026-01', '2026-12', 'c:community-1'])
  expect(lines.filter((l) => l.includes('statistics_counters'))).toEqual([
    'SEARCH statistics_counters USING PRIMARY KEY (scope=? AND bucket>? AND bucket<?)',
    'SEARCH statistics_counters USING PRIMARY KEY (scope=? AND bucket=?)',
  ])
})

it('finds a counter row and a case’s facts by primary key', () => {
  expect(plan('SELECT figures FROM statistics_counters WHERE scope = ? AND bucket = ? AND dimension = ? AND key = ?', ['s', 'b', 'd', 'k']))
    .toEqual(['SEARCH statistics_counters USING PRIMARY KEY (scope=? AND bucket=? AND dimension=? AND key=?)'])
  expect(plan('SELECT facts FROM case_statistics WHERE case_id = ?', ['c'])).toEqual(['SEARCH case_statistics USING PRIMARY KEY (case_id=?)'])
})

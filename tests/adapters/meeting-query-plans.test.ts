// Every meeting list the SQLite adapter runs is served by its (scope, status, date, id) index, in order: no table
// scan, no sort in a temporary b-tree — on page 1 and on a cursor page, with and without date bounds.
import { closeDatabase, createSqliteRepositories, openDatabase } from '../../cloudfunctions/src/adapters/sqlite'
import type { MeetingQuery } from '../../src/core/ports/meeting-repository'
import { buildMeeting } from '../support/meeting-repository-contract'

it('reads each list shape through its index', async () => {
  const db = openDatabase(':memory:')
  const sqls = new Set<string>()
  const prepare = db.prepare.bind(db)
  db.prepare = ((sql: string) => (sqls.add(sql), prepare(sql))) as typeof db.prepare
  const { meetings } = createSqliteRepositories(db)
  for (let i = 0; i < 5; i++) await meetings.create(buildMeeting({ id: `m-${i}`, date: `2026-12-0${i + 1}` }))
  const shapes: Array<Omit<MeetingQuery, 'limit' | 'cursor'>> = [
    { communityId: 'community-1', status: 'planned', order: 'asc', fromDate: '2026-12-01' },
    { communityId: 'community-1', status: 'minuted', order: 'desc' },
    { streetId: 'street-1', status: 'held', order: 'desc' },
    { status: 'planned', order: 'asc', fromDate: '2026-12-02', toDate: '2026-12-02' },
    { status: 'held', order: 'asc', toDate: '2026-12-03' },
  ]
  for (const shape of shapes) {
    const first = await meetings.list({ ...shape, status: 'planned', limit: 2 }) // planned meetings exist: a cursor to follow
    await meetings.list({ ...shape, limit: 2, cursor: first.nextCursor })
  }
  const selects = [...sqls].filter((sql) => sql.startsWith('SELECT data FROM meetings INDEXED BY'))
  expect(selects.length).toBeGreaterThan(shapes.length) // first pages and cursor pages (distinct texts)
  for (const sql of selects) {
    const params = Array.from(sql.matchAll(/\?/g), () => 'x')
    const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail).join(' | ')
    expect([sql, plan]).toEqual([sql, expect.stringMatching(/SEARCH meetings USING INDEX meetings_(community|street|status)/)])
    expect([sql, plan]).toEqual([sql, expect.not.stringMatching(/TEMP B-TREE|SCAN meetings/)])
  }
  closeDatabase(db)
})

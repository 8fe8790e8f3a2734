// 定题说事 on SQLite: every SELECT the topic repository runs (lists with and without a cursor, comments, the tally,
// single rows) is served by an index — no table scan, no temporary B-tree for ORDER BY — captured from the database.
import { closeDatabase, createSqliteRepositories, openDatabase } from '../../cloudfunctions/src/adapters/sqlite'
import { buildAnswer, buildTopic } from '../support/topic-builders'

it('reads topics, answers, comments and tallies through indexes only', async () => {
  const db = openDatabase(':memory:')
  const seen = new Set<string>()
  const prepare = db.prepare.bind(db)
  ;(db as unknown as { prepare: typeof db.prepare }).prepare = ((sql: string) => {
    seen.add(sql)
    return prepare(sql)
  }) as typeof db.prepare
  const repos = createSqliteRepositories(db)
  const topics = [1, 2, 3].map((i) => buildTopic({ createdAt: `2026-11-2${i}T02:00:00.000Z` }))
  for (const topic of topics) await repos.topics.create(topic)
  for (let i = 0; i < 3; i++) await repos.topics.saveAnswer(buildAnswer(topics[0], { comment: `意见${i}`, updatedAt: `2026-12-0${i + 1}T02:00:00.000Z` }))
  const first = await repos.topics.listByCommunity('community-1', 2)
  await repos.topics.listByCommunity('community-1', 2, first.nextCursor)
  const comments = await repos.topics.listComments(topics[0].id, 2)
  await repos.topics.listComments(topics[0].id, 2, comments.nextCursor)
  await repos.topics.tally(topics[0].id)
  await repos.topics.get(topics[0].id)

  const selects = [...seen].filter((sql) => /^\s*SELECT/i.test(sql) && /topic/.test(sql))
  expect(selects.length).toBeGreaterThanOrEqual(6)
  for (const sql of selects) {
    const params = Array.from({ length: (sql.match(/\?/g) ?? []).length }, (_, i) => (i === 0 ? 'x' : i === 1 ? 'y' : 1))
    const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail).join('\n')
    expect([sql, /\bSCAN\b/.test(plan) || /TEMP B-TREE/.test(plan)]).toEqual([sql, false])
  }
  closeDatabase(db)
})

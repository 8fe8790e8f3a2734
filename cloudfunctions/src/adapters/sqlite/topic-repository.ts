// TopicRepository over SQLite: topics and answers as JSON beside their lookup columns; an answer and the building
// tallies it moves are written in one transaction (migration 9 in schema.ts). The answer id is the primary key, so
// a person or household holds at most one answer.
import type { Topic } from '@core/domain/topic'
import { applyTallyDelta, tallyDelta, type TopicAnswer, type TopicBuildingTally } from '@core/domain/topic-answer'
import type { AnswerOutcome, TopicRepository } from '@core/ports/topics'
import type { Page } from '@core/ports/repositories'
import type { Database } from './database'
import { checkLimit, decodeCursor, encodeCursor } from '../shared/cursor'
import { statementCache } from './statements'

interface TallyRow { building_id: string; answers: number; comments: number; options: string }

export function createSqliteTopicRepository(db: Database): TopicRepository {
  const statement = statementCache(db)
  const topicById = (id: string) => statement('SELECT data FROM topics WHERE id = ?').pluck().get(id) as string | undefined
  const answerById = (id: string) => statement('SELECT data FROM topic_answers WHERE id = ?').pluck().get(id) as string | undefined

  /** A page newest first by (key, id) from an index whose leading columns are the equality terms. */
  function newestPage<T>(sql: string, keyColumn: string, params: unknown[], limit: number, cursor: string | undefined, keyOf: (item: T) => string): Page<T> {
    checkLimit(limit)
    const after = cursor === undefined ? undefined : decodeCursor(cursor)
    const rows = (after
      ? statement(sql.replace('/*after*/', `AND (${keyColumn}, id) < (?, ?)`)).pluck().all(...params, after.key, after.id, limit + 1)
      : statement(sql.replace('/*after*/', '')).pluck().all(...params, limit + 1)) as string[]
    const items = rows.slice(0, limit).map((row) => JSON.parse(row) as T & { id: string })
    if (rows.length <= limit) return { items }
    const last = items[items.length - 1]
    return { items, nextCursor: encodeCursor({ key: keyOf(last), id: last.id }) }
  }

  const create = db.transaction((topic: Topic) => {
    const inserted = statement('INSERT INTO topics (id, community_id, created_at, version, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING')
      .run(topic.id, topic.communityId, topic.createdAt, topic.version, JSON.stringify(topic))
    if (inserted.changes > 0) return { topic, created: true }
    return { topic: JSON.parse(topicById(topic.id)!) as Topic, created: false }
  })

  const saveAnswer = db.transaction((answer: TopicAnswer): AnswerOutcome => {
    const storedRow = answerById(answer.id)
    const stored = storedRow === undefined ? undefined : (JSON.parse(storedRow) as TopicAnswer)
    const key = answer.keys[answer.keys.length - 1]
    if (stored && stored.keys.includes(key)) return { outcome: 'repeated', answer: stored }
    if ((stored?.version ?? 0) !== answer.version - 1) return { outcome: 'stale' }
    statement(`INSERT INTO topic_answers (id, topic_id, version, updated_at, commented, data) VALUES (@id, @topic_id, @version, @updated_at, @commented, @data)
      ON CONFLICT (id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at, commented = excluded.commented, data = excluded.data`).run({
      id: answer.id, topic_id: answer.topicId, version: answer.version, updated_at: answer.updatedAt, commented: answer.comment ? 1 : 0, data: JSON.stringify(answer),
    })
    const delta = tallyDelta(stored, answer)
    for (const buildingId of new Set(delta.map((d) => d.buildingId))) {
      const row = statement('SELECT building_id, answers, comments, options FROM topic_tallies WHERE topic_id = ? AND building_id = ?').get(answer.topicId, buildingId) as TallyRow | undefined
      const next = applyTallyDelta(row ? tallyFromRow(row) : { buildingId, answers: 0, comments: 0, options: {} }, delta)
      statement(`INSERT INTO topic_tallies (topic_id, building_id, answers, comments, options) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (topic_id, building_id) DO UPDATE SET answers = excluded.answers, comments = excluded.comments, options = excluded.options`)
        .run(answer.topicId, buildingId, next.answers, next.comments, JSON.stringify(next.options))
    }
    return { outcome: 'saved', answer }
  })

  return {
    async create(topic) {
      return create.immediate(topic)
    },
    async get(id) {
      const row = topicById(id)
      return row === undefined ? undefined : (JSON.parse(row) as Topic)
    },
    async save(topic) {
      const updated = statement('UPDATE topics SET version = ?, data = ? WHERE id = ? AND version = ?').run(topic.version, JSON.stringify(topic), topic.id, topic.version - 1)
      return updated.changes === 0 ? 'stale' : 'saved'
    },
    async listByCommunity(communityId, limit, cursor) {
      return newestPage<Topic>(
        'SELECT data FROM topics INDEXED BY topics_community WHERE community_id = ? /*after*/ ORDER BY created_at DESC, id DESC LIMIT ?',
        'created_at', [communityId], limit, cursor, (topic) => topic.createdAt)
    },
    async getAnswer(id) {
      const row = answerById(id)
      return row === undefined ? undefined : (JSON.parse(row) as TopicAnswer)
    },
    async saveAnswer(answer) {
      return saveAnswer.immediate(answer)
    },
    async tally(topicId) {
      const rows = statement('SELECT building_id, answers, comments, options FROM topic_tallies WHERE topic_id = ? ORDER BY building_id').all(topicId) as TallyRow[]
      return rows.map(tallyFromRow)
    },
    async listComments(topicId, limit, cursor) {
      return newestPage<TopicAnswer>(
        'SELECT data FROM topic_answers INDEXED BY topic_answers_comments WHERE topic_id = ? AND commented = 1 /*after*/ ORDER BY updated_at DESC, id DESC LIMIT ?',
        'updated_at', [topicId], limit, cursor, (answer) => answer.updatedAt)
    },
  }
}

function tallyFromRow(row: TallyRow): TopicBuildingTally {
  return { buildingId: row.building_id, answers: row.answers, comments: row.comments, options: JSON.parse(row.options) as Record<string, number> }
}

/** Migration 9: topics, their answers (one row per person or household, by a derived id) and the building tallies. */
export const TOPIC_TABLES = `
CREATE TABLE topics (
  id TEXT PRIMARY KEY,
  community_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL,
  data TEXT NOT NULL          -- JSON: the whole Topic
) STRICT;
CREATE INDEX topics_community ON topics (community_id, created_at, id);
CREATE TABLE topic_answers (
  id TEXT PRIMARY KEY,        -- topic and whom it counts for: one per person or household
  topic_id TEXT NOT NULL REFERENCES topics (id),
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  commented INTEGER NOT NULL,
  data TEXT NOT NULL          -- JSON: the whole TopicAnswer
) STRICT;
CREATE INDEX topic_answers_comments ON topic_answers (topic_id, updated_at, id) WHERE commented = 1;
CREATE TABLE topic_tallies (
  topic_id TEXT NOT NULL REFERENCES topics (id),
  building_id TEXT NOT NULL,
  answers INTEGER NOT NULL,
  comments INTEGER NOT NULL,
  options TEXT NOT NULL,      -- JSON: option id -> count
  PRIMARY KEY (topic_id, building_id)
) STRICT;
`

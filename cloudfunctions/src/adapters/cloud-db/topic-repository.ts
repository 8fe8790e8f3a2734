// TopicRepository over the cloud database: `topics` (doc _id = topic id), `topic_answers` (doc _id = the derived
// answer id: one per person or household) and `topic_tallies` (doc _id = `<topicId>__<buildingId>`). An answer and
// the tally documents it moves are written in one transaction (documents by id), so counts never drift.
import type { Topic } from '@core/domain/topic'
import { applyTallyDelta, tallyDelta, type TopicAnswer, type TopicBuildingTally } from '@core/domain/topic-answer'
import type { AnswerOutcome, TopicRepository } from '@core/ports/topics'
import type { Page } from '@core/ports/repositories'
import type { CloudDatabase, StoredDoc } from './database-api'
import { COLLECTIONS } from './collections'
import { fetchAll, getOrUndefined, withoutId } from './doc-helpers'
import { fetchPage } from './paging'

const TRANSACTION_RETRIES = 5

const topicFromDoc = ({ _id, ...rest }: StoredDoc): Topic => ({ ...rest, id: _id }) as unknown as Topic
function answerFromDoc({ _id, commented, ...rest }: StoredDoc): TopicAnswer {
  void commented
  return { ...rest, id: _id } as unknown as TopicAnswer
}
const answerToDoc = (answer: TopicAnswer) => ({ ...withoutId(answer), commented: !!answer.comment })
const tallyId = (topicId: string, buildingId: string) => `${topicId}__${buildingId}`
function tallyFromDoc(doc: StoredDoc): TopicBuildingTally {
  return { buildingId: String(doc.buildingId), answers: Number(doc.answers), comments: Number(doc.comments), options: { ...(doc.options as Record<string, number>) } }
}

export function createCloudTopicRepository(db: CloudDatabase): TopicRepository {
  async function page<T>(collection: string, conditions: Record<string, unknown>[], field: string, limit: number, cursor: string | undefined, map: (doc: StoredDoc) => T): Promise<Page<T>> {
    const { docs, nextCursor } = await fetchPage(db, { collection, conditions: conditions as never, field, direction: 'desc', limit, cursor })
    return nextCursor === undefined ? { items: docs.map(map) } : { items: docs.map(map), nextCursor }
  }

  return {
    async create(topic) {
      const existing = await db.runTransaction(async (t) => {
        const ref = t.collection(COLLECTIONS.topics).doc(topic.id)
        const stored = await getOrUndefined(ref)
        if (stored) return stored
        await ref.set({ data: withoutId(topic) })
        return undefined
      }, TRANSACTION_RETRIES)
      return existing ? { topic: topicFromDoc(existing), created: false } : { topic, created: true }
    },
    async get(id) {
      const doc = await getOrUndefined(db.collection(COLLECTIONS.topics).doc(id))
      return doc && topicFromDoc(doc)
    },
    async save(topic) {
      return db.runTransaction(async (t) => {
        const ref = t.collection(COLLECTIONS.topics).doc(topic.id)
        const stored = await getOrUndefined(ref)
        if (!stored || stored.version !== topic.version - 1) return 'stale' as const
        await ref.set({ data: withoutId(topic) })
        return 'saved' as const
      }, TRANSACTION_RETRIES)
    },
    async listByCommunity(communityId, limit, cursor) {
      return page(COLLECTIONS.topics, [{ communityId }], 'createdAt', limit, cursor, topicFromDoc)
    },
    async getAnswer(id) {
      const doc = await getOrUndefined(db.collection(COLLECTIONS.topicAnswers).doc(id))
      return doc && answerFromDoc(doc)
    },
    async saveAnswer(answer) {
      return db.runTransaction(async (t): Promise<AnswerOutcome> => {
        const ref = t.collection(COLLECTIONS.topicAnswers).doc(answer.id)
        const storedDoc = await getOrUndefined(ref)
        const stored = storedDoc && answerFromDoc(storedDoc)
        const key = answer.keys[answer.keys.length - 1]
        if (stored && stored.keys.includes(key)) return { outcome: 'repeated', answer: stored }
        if ((stored?.version ?? 0) !== answer.version - 1) return { outcome: 'stale' }
        const delta = tallyDelta(stored, answer)
        const tallies: TopicBuildingTally[] = []
        for (const buildingId of new Set(delta.map((d) => d.buildingId))) {
          const doc = await getOrUndefined(t.collection(COLLECTIONS.topicTallies).doc(tallyId(answer.topicId, buildingId)))
          tallies.push(applyTallyDelta(doc ? tallyFromDoc(doc) : { buildingId, answers: 0, comments: 0, options: {} }, delta))
        }
        await ref.set({ data: answerToDoc(answer) })
        for (const tally of tallies) {
          await t.collection(COLLECTIONS.topicTallies).doc(tallyId(answer.topicId, tally.buildingId)).set({ data: { topicId: answer.topicId, ...tally } })
        }
        return { outcome: 'saved', answer }
      }, TRANSACTION_RETRIES)
    },
    async tally(topicId) {
      // One document per building asked, read 100 at a time by _id range (`<topicId>__<buildingId>`: building order).
      return (await fetchAll(db, COLLECTIONS.topicTallies, { topicId })).map(tallyFromDoc)
    },
    async listComments(topicId, limit, cursor) {
      return page(COLLECTIONS.topicAnswers, [{ topicId }, { commented: true }], 'updatedAt', limit, cursor, answerFromDoc)
    },
  }
}

// Port for 定题说事: topics, their answers (one per person or household, by a derived id) and the running tally,
// kept per building in the same transaction as each answer. Adapters: cloudfunctions/src/adapters/{sqlite,cloud-db}/topic-repository.ts.
import type { Topic } from '../domain/topic'
import type { TopicAnswer, TopicBuildingTally } from '../domain/topic-answer'
import type { Page, SaveOutcome } from './repositories'

export type AnswerOutcome =
  | { outcome: 'saved'; answer: TopicAnswer }
  /** The stored answer already holds this write's client key: nothing changed. */
  | { outcome: 'repeated'; answer: TopicAnswer }
  /** Someone else wrote this answer first (its stored version is not `answer.version - 1`): nothing changed. */
  | { outcome: 'stale' }

export interface TopicRepository {
  /** Creates the topic unless its id exists; answers the stored one then (a retried create). */
  create(topic: Topic): Promise<{ topic: Topic; created: boolean }>
  get(id: string): Promise<Topic | undefined>
  /** Saves a changed topic whose stored version must still be `topic.version - 1`; 'stale' (writing nothing) otherwise. */
  save(topic: Topic): Promise<SaveOutcome>
  /** The community's topics, newest first by (createdAt, id). */
  listByCommunity(communityId: string, limit: number, cursor?: string): Promise<Page<Topic>>
  getAnswer(id: string): Promise<TopicAnswer | undefined>
  /**
   * Writes the answer (version 1: none stored yet; otherwise the stored one must be `version - 1`) and moves the
   * building tallies from the stored answer's choice to the new one, atomically. The last of `answer.keys` already
   * held by the stored answer: 'repeated', writing nothing.
   */
  saveAnswer(answer: TopicAnswer): Promise<AnswerOutcome>
  /** The running counts, one entry per building that has answers, by building id. */
  tally(topicId: string): Promise<TopicBuildingTally[]>
  /** Answers with a comment, latest change first by (updatedAt, id). */
  listComments(topicId: string, limit: number, cursor?: string): Promise<Page<TopicAnswer>>
}

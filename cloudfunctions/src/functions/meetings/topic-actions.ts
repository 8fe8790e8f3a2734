// 定题说事 actions of the `meetings` function: topics the community puts to residents, their answers and the tally.
import { ANSWER_TOPIC_SCHEMA, CREATE_TOPIC_SCHEMA, LIST_TOPICS_SCHEMA, LIST_TOPIC_RESULTS_SCHEMA, PUBLISH_TOPIC_RESULT_SCHEMA, TOPIC_ID_SCHEMA, type TopicActionName } from '../../../../src/core/contracts/topic-inputs'
import { createTopic } from '../../../../src/core/application/topics/create-topic'
import { openTopic } from '../../../../src/core/application/topics/open-topic'
import { closeTopic } from '../../../../src/core/application/topics/close-topic'
import { listTopics } from '../../../../src/core/application/topics/list-topics'
import { getTopic } from '../../../../src/core/application/topics/get-topic'
import { answerTopic } from '../../../../src/core/application/topics/answer-topic'
import { publishTopicResult } from '../../../../src/core/application/topics/publish-topic-result'
import { listTopicResults } from '../../../../src/core/application/topics/list-topic-results'
import type { ActionSpec } from '../../runtime/action'

export const topicActions: Record<TopicActionName, ActionSpec> = {
  createTopic: { schema: CREATE_TOPIC_SCHEMA, run: ({ deps, actor }, input) => createTopic(deps, actor, input) },
  openTopic: { schema: TOPIC_ID_SCHEMA, run: ({ deps, actor }, input) => openTopic(deps, actor, input) },
  closeTopic: { schema: TOPIC_ID_SCHEMA, run: ({ deps, actor }, input) => closeTopic(deps, actor, input) },
  listTopics: { schema: LIST_TOPICS_SCHEMA, run: ({ deps, actor }, input) => listTopics(deps, actor, input) },
  getTopic: { schema: TOPIC_ID_SCHEMA, run: ({ deps, actor }, input) => getTopic(deps, actor, input) },
  answerTopic: { schema: ANSWER_TOPIC_SCHEMA, run: ({ deps, actor }, input) => answerTopic(deps, actor, input) },
  publishTopicResult: { schema: PUBLISH_TOPIC_RESULT_SCHEMA, run: ({ deps, actor }, input) => publishTopicResult(deps, actor, input) },
  listTopicResults: { schema: LIST_TOPIC_RESULTS_SCHEMA, run: ({ deps, actor }, input) => listTopicResults(deps, actor, input) },
}

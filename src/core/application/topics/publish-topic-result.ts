// Publish a closed topic's result to the 公示栏 (staff of the community, admins of the street): a short conclusion
// beside the counts (no names). Only once the topic is closed, and only once. Answers the topic view.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { topicStatus } from '../../domain/topic'
import type { TopicView } from '../../contracts/topic-views'
import { fail, ok, type Result } from '../../contracts/result'
import { changeTopic } from './change-topic'
import { presentTopic } from './present-topic'

export async function publishTopicResult(deps: Deps, actor: Actor, input: { topicId: string; summary: string }): Promise<Result<TopicView>> {
  const changed = await changeTopic(deps, actor, input.topicId, (topic, now) => {
    if (topicStatus(topic, now) !== 'closed') return fail('TOPIC_STATE', '征询结束后才能公示结果')
    if (topic.result) return fail('TOPIC_STATE', '结果已经公示了')
    return { ...topic, result: { summary: input.summary, publishedAt: now, publishedBy: { userId: actor.userId, name: actor.name } } }
  })
  return changed.ok ? ok(await presentTopic(deps, actor, changed.value)) : changed
}

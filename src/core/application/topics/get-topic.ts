// One topic as the caller may see it (present-topic.ts). Someone who may not see it (another building, a draft for
// residents, another street): TOPIC_NOT_FOUND, never telling which.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { TopicView } from '../../contracts/topic-views'
import { fail, ok, type Result } from '../../contracts/result'
import { isFailure, loadTopic, residentHousehold, seesTopic, topicPlaces } from './topic-places'
import { presentTopic } from './present-topic'

export async function getTopic(deps: Deps, actor: Actor, input: { topicId: string }): Promise<Result<TopicView>> {
  const topic = await loadTopic(deps, actor, input.topicId)
  if (isFailure(topic)) return topic
  const places = await topicPlaces(deps, topic.communityId)
  if (!seesTopic(actor, topic, places, await residentHousehold(deps, actor))) return fail('TOPIC_NOT_FOUND', undefined, 'topicId')
  return ok(await presentTopic(deps, actor, topic, places))
}

// Close a published topic before its closing date (staff of the community, admins of the street): no more answers
// or changes. A draft or an already closed topic: TOPIC_STATE. Answers the topic view.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { topicStatus } from '../../domain/topic'
import type { TopicView } from '../../contracts/topic-views'
import { fail, ok, type Result } from '../../contracts/result'
import { changeTopic } from './change-topic'
import { presentTopic } from './present-topic'

export async function closeTopic(deps: Deps, actor: Actor, input: { topicId: string }): Promise<Result<TopicView>> {
  const changed = await changeTopic(deps, actor, input.topicId, (topic, now) => {
    const status = topicStatus(topic, now)
    if (status === 'draft') return fail('TOPIC_STATE', '议题还没有发布，不需要结束')
    if (status === 'closed') return fail('TOPIC_STATE', '议题已经结束了')
    return { ...topic, closedAt: now }
  })
  return changed.ok ? ok(await presentTopic(deps, actor, changed.value)) : changed
}

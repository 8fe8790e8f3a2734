// The shared step of openTopic, closeTopic and publishTopicResult: load the topic, check the caller manages its
// community, apply the change (or answer why not), save over the version read.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Topic } from '../../domain/topic'
import { managesTopics } from '../../domain/topic-permissions'
import { fail, ok, type Failure, type Result } from '../../contracts/result'
import { isFailure, loadTopic } from './topic-places'

export async function changeTopic(deps: Deps, actor: Actor, topicId: string, change: (topic: Topic, now: string) => Promise<Topic | Failure> | Topic | Failure): Promise<Result<Topic>> {
  const topic = await loadTopic(deps, actor, topicId)
  if (isFailure(topic)) return topic
  if (!managesTopics(actor, topic)) return fail('FORBIDDEN', '只有本社区的工作人员可以管理这个议题')
  const now = deps.clock.now().toISOString()
  const changed = await change(topic, now)
  if (isFailure(changed)) return changed
  const next: Topic = { ...changed, updatedAt: now, version: topic.version + 1 }
  if ((await deps.repos.topics.save(next)) === 'stale') return fail('STALE_VERSION', '议题已被他人更新，请刷新后再试')
  return ok(next)
}

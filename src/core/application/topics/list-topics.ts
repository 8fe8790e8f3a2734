// 定题说事 list, from the community's 50 newest topics (one indexed read): staff and supervisors all of them (admins
// of a community of their street); grid workers the published ones touching their grids; residents the open ones
// asking their building. Handlers: FORBIDDEN.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { TopicSummary } from '../../contracts/topic-views'
import { fail, ok, type Result } from '../../contracts/result'
import { residentHousehold, seesTopic, statusNow, topicPlaces } from './topic-places'
import { summarizeTopic } from './present-topic'

export const TOPICS_LISTED = 50

export async function listTopics(deps: Deps, actor: Actor, input: { communityId?: string }): Promise<Result<{ items: TopicSummary[] }>> {
  if (!['staff', 'supervisor', 'admin', 'gridWorker', 'resident'].includes(actor.role)) return fail('FORBIDDEN', '您没有权限查看定题说事')
  const communityId = actor.role === 'admin' ? input.communityId : actor.communityId
  if (!communityId) return fail('INVALID_INPUT', '请选择社区', 'communityId')
  const community = await deps.repos.directory.getCommunity(communityId)
  if (!community || community.streetId !== actor.streetId) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  const places = await topicPlaces(deps, communityId)
  const household = await residentHousehold(deps, actor)
  const page = await deps.repos.topics.listByCommunity(communityId, TOPICS_LISTED)
  const visible = page.items.filter((topic) => {
    if (!seesTopic(actor, topic, places, household)) return false
    return actor.role !== 'resident' || statusNow(deps, topic) === 'open'
  })
  const items: TopicSummary[] = []
  for (const topic of visible) items.push(await summarizeTopic(deps, actor, topic, places, household))
  return ok({ items })
}

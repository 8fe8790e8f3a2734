// 定题说事 — create a topic (a draft): staff of the community, admins of its street. Resolves the asked buildings
// (all of a grid's or the community's), checks dates (Shanghai) and options. Idempotent by the client's key.
// Answers the topic as the caller sees it; INVALID_INPUT / FORBIDDEN / NOT_FOUND otherwise, writing nothing.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Topic } from '../../domain/topic'
import { shanghaiDate } from '../../domain/deadlines'
import { managesTopics } from '../../domain/topic-permissions'
import { stableId } from '../../domain/stable-id'
import type { CreateTopicInput } from '../../contracts/topic-inputs'
import type { TopicView } from '../../contracts/topic-views'
import { fail, ok, type Result } from '../../contracts/result'
import { topicPlaces, type TopicPlaces } from './topic-places'
import { presentTopic } from './present-topic'

export async function createTopic(deps: Deps, actor: Actor, input: CreateTopicInput): Promise<Result<TopicView>> {
  if (actor.role !== 'staff' && actor.role !== 'admin') return fail('FORBIDDEN', '只有社区工作人员可以发起定题说事')
  const communityId = actor.role === 'admin' ? input.communityId : actor.communityId
  if (!communityId) return fail('INVALID_INPUT', '请选择社区', 'communityId')
  const community = await deps.repos.directory.getCommunity(communityId)
  if (!community) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  if (!managesTopics(actor, { communityId, streetId: community.streetId })) return fail('FORBIDDEN', '只有本社区的工作人员可以发起定题说事')

  const today = shanghaiDate(deps.clock.now())
  if (input.closesOn < input.opensOn) return fail('INVALID_INPUT', '截止日期不能早于开始日期', 'closesOn')
  if (input.closesOn < today) return fail('INVALID_INPUT', '截止日期已经过去，请重新选择', 'closesOn')
  const labels = input.options.map((label) => label.trim())
  if (labels.length === 1) return fail('INVALID_INPUT', '请至少填写两个选项，或不设选项只收集意见', 'options')
  if (new Set(labels).size !== labels.length) return fail('INVALID_INPUT', '选项不能重复', 'options')
  if (labels.length === 0 && !input.allowComment) return fail('INVALID_INPUT', '请填写选项，或允许居民填写意见', 'options')

  const places = await topicPlaces(deps, communityId)
  const buildingIds = askedBuildings(input, places)
  if (typeof buildingIds === 'string') return fail('INVALID_INPUT', buildingIds, input.audience === 'grid' ? 'gridId' : 'buildingIds')

  const now = deps.clock.now().toISOString()
  const topic: Topic = {
    id: stableId('topic', communityId, input.idempotencyKey),
    streetId: community.streetId,
    communityId,
    question: input.question,
    ...(input.description ? { description: input.description } : {}),
    options: labels.map((label, i) => ({ id: `o${i + 1}`, label })),
    allowComment: input.allowComment || labels.length === 0,
    audience: input.audience,
    ...(input.audience === 'grid' ? { gridId: input.gridId } : {}),
    buildingIds,
    perHousehold: input.perHousehold,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    createdBy: { userId: actor.userId, name: actor.name },
    createdAt: now,
    updatedAt: now,
    version: 1,
    idempotencyKey: input.idempotencyKey,
  }
  const { topic: stored } = await deps.repos.topics.create(topic)
  return ok(await presentTopic(deps, actor, stored, places))
}

/** The buildings the audience names, or what is wrong with it (Chinese). */
function askedBuildings(input: CreateTopicInput, places: TopicPlaces): string[] | string {
  const all = [...places.buildings.values()]
  if (input.audience === 'community') return all.length > 0 ? all.map((b) => b.id) : '本社区还没有登记楼栋'
  if (input.audience === 'grid') {
    const inGrid = all.filter((b) => b.gridId === input.gridId)
    return inGrid.length > 0 ? inGrid.map((b) => b.id) : '请选择本社区的一个网格（网格内需有楼栋）'
  }
  const chosen = [...new Set(input.buildingIds)]
  if (chosen.length === 0) return '请选择至少一栋楼'
  if (chosen.some((id) => !places.buildings.has(id))) return '所选楼栋不在本社区'
  return chosen
}

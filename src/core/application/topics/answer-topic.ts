// Answer a topic: a resident for themselves (per household: for their household), a grid worker for a household of
// their grid at the door. Only while the topic is open (Shanghai dates); the answer may be changed until it closes,
// by whoever gave it. The same client key twice changes nothing. Answers the topic view; otherwise TOPIC_NOT_FOUND,
// TOPIC_NOT_OPEN, NOT_IN_TOPIC, HOUSEHOLD_ANSWERED, INVALID_INPUT or FORBIDDEN, writing nothing.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Household } from '../../domain/directory'
import { topicDayLabel, topicStatus, type Topic } from '../../domain/topic'
import { shanghaiDate } from '../../domain/deadlines'
import { maskName } from '../../domain/masking'
import { ANSWER_KEYS_KEPT, answerCountsFor, topicAnswerId, type TopicAnswer } from '../../domain/topic-answer'
import type { AnswerTopicInput } from '../../contracts/topic-inputs'
import type { TopicView } from '../../contracts/topic-views'
import { fail, ok, type Failure, type Result } from '../../contracts/result'
import { isFailure, loadTopic, residentHousehold, topicPlaces, type TopicPlaces } from './topic-places'
import { presentTopic } from './present-topic'

const ATTEMPTS = 3

export async function answerTopic(deps: Deps, actor: Actor, input: AnswerTopicInput): Promise<Result<TopicView>> {
  if (actor.role !== 'resident' && actor.role !== 'gridWorker') return fail('FORBIDDEN', '定题说事由居民作答，或由网格员入户代为记录')
  const topic = await loadTopic(deps, actor, input.topicId)
  if (isFailure(topic)) return topic
  if (!topic.openedAt || topic.communityId !== actor.communityId) return fail('TOPIC_NOT_FOUND', undefined, 'topicId')
  const places = await topicPlaces(deps, topic.communityId)
  const household = await answeringHousehold(deps, actor, topic, places, input.householdId)
  if (isFailure(household)) return household
  const closed = notOpen(topic, deps.clock.now())
  if (closed) return closed
  const content = checkContent(topic, input)
  if (content) return content

  const countsFor = actor.role === 'gridWorker' ? `household:${household.id}` : answerCountsFor(topic.perHousehold, { userId: actor.userId, householdId: household.id })
  const id = topicAnswerId(topic.id, countsFor)
  const respondent = actor.role === 'resident' ? { userId: actor.userId, name: actor.name, room: household.room } : { name: household.headName, room: household.room }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const stored = await deps.repos.topics.getAnswer(id)
    if (stored?.keys.includes(input.idempotencyKey)) return ok(await presentTopic(deps, actor, topic, places))
    if (stored && stored.recordedBy.userId !== actor.userId && stored.respondent.userId !== actor.userId) return answeredByOther(actor, stored)
    const now = deps.clock.now().toISOString()
    const answer: TopicAnswer = {
      id, topicId: topic.id, communityId: topic.communityId, buildingId: household.buildingId, householdId: household.id, countsFor,
      ...(input.optionId ? { optionId: input.optionId } : {}),
      ...(input.comment ? { comment: input.comment } : {}),
      respondent: stored?.respondent ?? respondent,
      recordedBy: { userId: actor.userId, name: actor.name, role: actor.role },
      channel: actor.role === 'gridWorker' ? 'doorToDoor' : 'app',
      createdAt: stored?.createdAt ?? now, updatedAt: now, version: (stored?.version ?? 0) + 1,
      keys: [...(stored?.keys ?? []), input.idempotencyKey].slice(-ANSWER_KEYS_KEPT),
    }
    const saved = await deps.repos.topics.saveAnswer(answer)
    if (saved.outcome !== 'stale') return ok(await presentTopic(deps, actor, topic, places))
  }
  return fail('STALE_VERSION', '同一时间有人在作答，请刷新后再试')
}

/** The household the answer is for: the resident's own, or the one a grid worker names (in their grid and the topic). */
async function answeringHousehold(deps: Deps, actor: Actor, topic: Topic, places: TopicPlaces, householdId?: string): Promise<Household | Failure> {
  if (actor.role === 'resident') {
    const household = await residentHousehold(deps, actor)
    if (!household) return fail('NOT_IN_TOPIC', '请先在“住户登记”中填写您家的门牌，再参与定题说事')
    if (!topic.buildingIds.includes(household.buildingId)) return fail('NOT_IN_TOPIC', '这个议题只征求所选楼栋住户的意见，您家不在征询范围内')
    return household
  }
  if (!householdId) return fail('INVALID_INPUT', '请选择为哪一户记录意见', 'householdId')
  const household = await deps.repos.directory.getHousehold(householdId)
  const gridId = household ? places.gridOf.get(household.buildingId) : undefined
  if (!household || !gridId) return fail('NOT_FOUND', '找不到这一户', 'householdId')
  if (!(actor.gridIds ?? []).includes(gridId) || !topic.buildingIds.includes(household.buildingId)) return fail('NOT_IN_TOPIC', '这一户不在您的网格，或不在议题征询的楼栋', 'householdId')
  return household
}

function notOpen(topic: Topic, now: Date): Failure | undefined {
  const status = topicStatus(topic, now)
  if (status === 'scheduled') return fail('TOPIC_NOT_OPEN', `征询还没有开始，${topicDayLabel(topic.opensOn)}起可以作答`)
  if (status === 'closed') {
    const ended = topic.closedAt ? shanghaiDate(topic.closedAt) : topic.closesOn
    return fail('TOPIC_NOT_OPEN', `征询已于${topicDayLabel(ended)}结束，不能再作答或修改`)
  }
  return undefined
}

function checkContent(topic: Topic, input: AnswerTopicInput): Failure | undefined {
  if (topic.options.length > 0 && !input.optionId) return fail('INVALID_INPUT', '请选择一个选项', 'optionId')
  if (input.optionId && !topic.options.some((option) => option.id === input.optionId)) return fail('INVALID_INPUT', '没有这个选项，请刷新后重新选择', 'optionId')
  if (input.comment && !topic.allowComment) return fail('INVALID_INPUT', '这个议题只需选择选项，不收集文字意见', 'comment')
  if (topic.options.length === 0 && !input.comment) return fail('INVALID_INPUT', '请填写您的意见', 'comment')
  return undefined
}

function answeredByOther(actor: Actor, stored: TopicAnswer): Failure {
  const who = maskName(stored.respondent.name)
  const room = stored.respondent.room ? `（${stored.respondent.room}）` : ''
  if (actor.role === 'gridWorker') return fail('HOUSEHOLD_ANSWERED', `这一户${room}已由${who}作答，每户只计一份意见，只有作答人可以修改`, 'householdId')
  return fail('HOUSEHOLD_ANSWERED', `您家${room}已由${who}作答，每户只计一份意见，只有作答人可以修改`)
}

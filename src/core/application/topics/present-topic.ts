// A topic as the caller sees it: residents their own (or household's) answer; grid workers their households;
// staff, admins and supervisors the tally by option and building and the comments, names masked.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Household } from '../../domain/directory'
import { TOPIC_AUDIENCE_LABELS, TOPIC_STATUS_LABELS, topicDayLabel, topicPeriodLabel, type Topic } from '../../domain/topic'
import { answerCountsFor, topicAnswerId, type TopicAnswer } from '../../domain/topic-answer'
import { managesTopics, readsTopicTally } from '../../domain/topic-permissions'
import { maskName } from '../../domain/masking'
import type { TopicAnswerView, TopicHouseholdRow, TopicSummary, TopicView } from '../../contracts/topic-views'
import { buildingNames, residentHousehold, statusNow, topicPlaces, type TopicPlaces } from './topic-places'
import { computeTally } from './topic-tally'

const COMMENTS_SHOWN = 50

export function answerView(answer: TopicAnswer, actor: Actor): TopicAnswerView {
  const mine = answer.recordedBy.userId === actor.userId || answer.respondent.userId === actor.userId
  return {
    ...(answer.optionId ? { optionId: answer.optionId } : {}),
    ...(answer.comment ? { comment: answer.comment } : {}),
    updatedAt: answer.updatedAt,
    respondentName: mine || actor.role === 'gridWorker' ? answer.respondent.name : maskName(answer.respondent.name),
    mine,
    channel: answer.channel,
  }
}

function audienceLabel(topic: Topic, places: TopicPlaces, gridName?: string): string {
  if (topic.audience === 'buildings') return buildingNames(topic, places).join('、')
  if (topic.audience === 'grid') return gridName ?? TOPIC_AUDIENCE_LABELS.grid
  return TOPIC_AUDIENCE_LABELS.community
}

export async function summarizeTopic(deps: Deps, actor: Actor, topic: Topic, places: TopicPlaces, household?: Household): Promise<TopicSummary> {
  const status = statusNow(deps, topic)
  const grid = topic.gridId ? (await deps.repos.directory.listGrids(topic.communityId)).find((g) => g.id === topic.gridId) : undefined
  const summary: TopicSummary = {
    id: topic.id, question: topic.question, status, statusLabel: TOPIC_STATUS_LABELS[status], audience: topic.audience,
    audienceLabel: audienceLabel(topic, places, grid?.name), opensOn: topic.opensOn, closesOn: topic.closesOn,
    periodLabel: topicPeriodLabel(topic), perHousehold: topic.perHousehold,
    ...(topic.result ? { resultPublishedAt: topic.result.publishedAt } : {}),
  }
  if (actor.role === 'resident') {
    const countsFor = answerCountsFor(topic.perHousehold, { userId: actor.userId, householdId: household?.id })
    return { ...summary, answered: !!(await deps.repos.topics.getAnswer(topicAnswerId(topic.id, countsFor))) }
  }
  if (topic.openedAt) return { ...summary, answers: (await deps.repos.topics.tally(topic.id)).reduce((sum, row) => sum + row.answers, 0) }
  return summary
}

export async function presentTopic(deps: Deps, actor: Actor, topic: Topic, known?: TopicPlaces): Promise<TopicView> {
  const places = known ?? (await topicPlaces(deps, topic.communityId))
  const household = await residentHousehold(deps, actor)
  const status = statusNow(deps, topic)
  const view: TopicView = {
    ...(await summarizeTopic(deps, actor, topic, places, household)),
    ...(topic.description ? { description: topic.description } : {}),
    options: topic.options,
    allowComment: topic.allowComment,
    buildingNames: buildingNames(topic, places),
    canAnswer: false,
    canManage: managesTopics(actor, topic),
    ...(topic.result ? { result: { summary: topic.result.summary, publishedAt: topic.result.publishedAt } } : {}),
  }
  const blocked = status === 'scheduled' ? `${topicDayLabel(topic.opensOn)}起可以作答` : status === 'closed' ? '征询已结束' : status === 'draft' ? '议题尚未发布' : undefined

  if (actor.role === 'resident') {
    const answer = await deps.repos.topics.getAnswer(topicAnswerId(topic.id, answerCountsFor(topic.perHousehold, { userId: actor.userId, householdId: household?.id })))
    const inTopic = !!household && topic.buildingIds.includes(household.buildingId)
    const notMine = answer && !answerView(answer, actor).mine
    const reason = blocked ?? (!inTopic ? '您不在这个议题征询的楼栋' : notMine ? `您家已由${maskName(answer.respondent.name)}作答，每户一份意见` : undefined)
    return { ...view, ...(answer ? { myAnswer: answerView(answer, actor) } : {}), canAnswer: !reason, ...(reason ? { answerBlocked: reason } : {}) }
  }
  if (actor.role === 'gridWorker') {
    const households = await gridHouseholds(deps, actor, topic, places)
    return { ...view, households, canAnswer: !blocked, ...(blocked ? { answerBlocked: blocked } : {}) }
  }
  if (!readsTopicTally(actor, topic)) return view
  const tally = computeTally(topic, await deps.repos.topics.tally(topic.id), (id) => places.buildings.get(id)?.name ?? id)
  const comments = (await deps.repos.topics.listComments(topic.id, COMMENTS_SHOWN)).items.map((answer) => ({
    buildingName: places.buildings.get(answer.buildingId)?.name ?? '',
    name: maskName(answer.respondent.name),
    ...(answer.optionId ? { optionLabel: topic.options.find((o) => o.id === answer.optionId)?.label } : {}),
    comment: answer.comment ?? '',
    at: answer.updatedAt,
  }))
  return { ...view, tally, comments }
}

/** The households of the grid worker's grids that the topic asks, each with its door-to-door answer. */
async function gridHouseholds(deps: Deps, actor: Actor, topic: Topic, places: TopicPlaces): Promise<TopicHouseholdRow[]> {
  const grids = new Set(actor.gridIds ?? [])
  const rows: TopicHouseholdRow[] = []
  for (const buildingId of topic.buildingIds.filter((id) => grids.has(places.gridOf.get(id) ?? ''))) {
    for (const household of await deps.repos.directory.listHouseholds(buildingId)) {
      const answer = await deps.repos.topics.getAnswer(topicAnswerId(topic.id, answerCountsFor(true, { householdId: household.id })))
      rows.push({
        householdId: household.id, buildingName: places.buildings.get(buildingId)?.name ?? '', room: household.room, headName: household.headName,
        ...(answer ? { answer: answerView(answer, actor) } : {}),
      })
    }
  }
  return rows
}

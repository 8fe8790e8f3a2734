// 公示栏: the published results of a community's topics (anyone of its street), newest publication first, with the
// counts per option and the turnout, no names. Read from the community's 50 newest topics.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { topicPeriodLabel } from '../../domain/topic'
import type { BoardTopicResult } from '../../contracts/topic-views'
import { fail, ok, type Result } from '../../contracts/result'
import { computeTally } from './topic-tally'
import { TOPICS_LISTED } from './list-topics'

export async function listTopicResults(deps: Deps, actor: Actor, input: { communityId: string }): Promise<Result<{ items: BoardTopicResult[] }>> {
  const community = await deps.repos.directory.getCommunity(input.communityId)
  if (!community || (actor.role !== 'system' && community.streetId !== actor.streetId)) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  const published = (await deps.repos.topics.listByCommunity(community.id, TOPICS_LISTED)).items.filter((topic) => topic.result)
  const items: BoardTopicResult[] = []
  for (const topic of published) {
    const tally = computeTally(topic, await deps.repos.topics.tally(topic.id), () => '')
    items.push({
      id: topic.id, question: topic.question, periodLabel: topicPeriodLabel(topic), summary: topic.result!.summary, publishedAt: topic.result!.publishedAt,
      unit: tally.unit, answers: tally.answers, eligible: tally.eligible, turnoutPercent: tally.turnoutPercent, options: tally.options,
    })
  }
  return ok({ items: items.sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1)) })
}

// Publish a draft topic to its buildings (staff of the community, admins of the street). Counts the households and
// registered residents of each asked building (turnout's denominator) and tells those residents: inbox, and a push
// where they consented. A topic whose closing date passed cannot open. Answers the topic view, or TOPIC_STATE.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { shanghaiDate, endOfShanghaiDay } from '../../domain/deadlines'
import { topicDayLabel, topicPeriodLabel, type Topic } from '../../domain/topic'
import type { TopicView } from '../../contracts/topic-views'
import { fail, ok, type Result } from '../../contracts/result'
import { changeTopic } from './change-topic'
import { presentTopic } from './present-topic'

export async function openTopic(deps: Deps, actor: Actor, input: { topicId: string }): Promise<Result<TopicView>> {
  const residents: string[] = []
  const changed = await changeTopic(deps, actor, input.topicId, async (topic, now) => {
    if (topic.openedAt) return fail('TOPIC_STATE', '议题已经发布了')
    if (topic.closesOn < shanghaiDate(now)) return fail('TOPIC_STATE', '截止日期已过，不能再发布，请重新发起')
    const eligible: NonNullable<Topic['eligible']> = {}
    for (const buildingId of topic.buildingIds) {
      const households = await deps.repos.directory.listHouseholds(buildingId)
      let registered = 0
      for (const household of households) {
        const found = await deps.repos.users.findResidents(topic.communityId, { householdId: household.id })
        registered += found.length
        residents.push(...found.map((user) => user.id))
      }
      eligible[buildingId] = { households: households.length, residents: registered }
    }
    return { ...topic, openedAt: now, eligible }
  })
  if (!changed.ok) return changed
  await tellResidents(deps, changed.value, residents)
  return ok(await presentTopic(deps, actor, changed.value))
}

/** 定题说事 notice to each resident of the asked buildings (in the inbox; pushed where they consented). */
async function tellResidents(deps: Deps, topic: Topic, userIds: readonly string[]): Promise<void> {
  const today = shanghaiDate(deps.clock.now())
  const when = topic.opensOn > today ? `${topicDayLabel(topic.opensOn)}起作答，` : ''
  for (const userId of new Set(userIds)) {
    await deps.notifier.notify({
      id: `topic-opened-${topic.id}-${userId}`,
      userId,
      kind: 'topicOpened',
      title: `定题说事：${topic.question}`,
      body: `社区就「${topic.question}」征求您的意见（${topicPeriodLabel(topic)}），${when}请在首页“定题说事”中作答${topic.perHousehold ? '，每户一份意见' : ''}。`,
      values: { summary: topic.question, note: topicPeriodLabel(topic), dueAt: endOfShanghaiDay(topic.closesOn), time: deps.clock.now().toISOString() },
    })
  }
}

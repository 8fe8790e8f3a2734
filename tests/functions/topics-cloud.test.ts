// 定题说事 on the WeChat runtime's ports (the cloud-db adapter on its test double, which refuses unindexed queries):
// the same actions through the dispatcher, from a draft to the published result.
import { createCloudRuntime, type CloudRuntime } from '../support/cloud-runtime'
import { dispatch } from '../../cloudfunctions/src/runtime/dispatcher'
import { FUNCTION_ACTIONS } from '../../cloudfunctions/src/runtime/registry'
import type { FunctionResponse } from '../../src/core/contracts/result'
import type { BoardTopicResult, TopicSummary, TopicView } from '../../src/core/contracts/topic-views'
import { TOPIC_INPUT } from '../support/topic-steps'

let cloud: CloudRuntime
let keys = 0
beforeEach(async () => {
  cloud = await createCloudRuntime({ now: '2026-11-30T02:00:00Z' })
  const base = { streetId: 'street-shengli', communityId: 'community-hangkonglu', role: 'resident' as const }
  await cloud.deps.repos.users.upsert({ ...base, id: 'user-wang-son', openid: 'persona-wang-son', name: '王小军', householdId: 'household-101' })
  await cloud.deps.repos.users.upsert({ ...base, id: 'user-zhang', openid: 'persona-zhang', name: '张桂兰', householdId: 'household-301' })
})

const call = <T>(openid: string, action: string, payload: Record<string, unknown>) =>
  dispatch(FUNCTION_ACTIONS.meetings, { action, payload }, { deps: cloud.deps, openid }) as Promise<FunctionResponse<T>>
function ok<T>(response: FunctionResponse<T>): T {
  if (!response.ok) throw new Error(`${response.code}: ${response.message}`)
  return response.data
}
const answer = (openid: string, topicId: string, payload: Record<string, unknown>) => call<TopicView>(openid, 'answerTopic', { topicId, idempotencyKey: `cloud-key-${++keys}`, ...payload })

it('runs a per-household topic from draft to the 公示栏', async () => {
  const draft = ok(await call<TopicView>('persona-staff', 'createTopic', { ...TOPIC_INPUT, perHousehold: true, idempotencyKey: 'cloud-topic-1' }))
  const opened = ok(await call<TopicView>('persona-staff', 'openTopic', { topicId: draft.id }))
  expect(opened.tally).toMatchObject({ unit: 'household', eligible: 3 })
  expect(ok(await call<{ items: TopicSummary[] }>('persona-resident', 'listTopics', {})).items.map((t) => t.id)).toEqual([draft.id])

  ok(await answer('persona-resident', draft.id, { optionId: 'o2', comment: '不方便' }))
  expect(await answer('persona-wang-son', draft.id, { optionId: 'o1' })).toMatchObject({ ok: false, code: 'HOUSEHOLD_ANSWERED' })
  ok(await answer('persona-resident', draft.id, { optionId: 'o1', comment: '想了想，同意' }))
  ok(await answer('persona-zhang', draft.id, { optionId: 'o1' }))
  ok(await answer('persona-grid', draft.id, { optionId: 'o2', householdId: 'household-202' }))

  const staff = ok(await call<TopicView>('persona-staff', 'getTopic', { topicId: draft.id }))
  expect(staff.tally).toMatchObject({ answers: 3, eligible: 3, turnoutPercent: 100, comments: 1 })
  expect(staff.tally!.options.map((o) => o.count)).toEqual([2, 1])
  expect(staff.comments).toEqual([expect.objectContaining({ name: '王**', comment: '想了想，同意' })])

  ok(await call('persona-staff', 'closeTopic', { topicId: draft.id }))
  expect(await answer('persona-resident', draft.id, { optionId: 'o2' })).toMatchObject({ ok: false, code: 'TOPIC_NOT_OPEN' })
  ok(await call('persona-staff', 'publishTopicResult', { topicId: draft.id, summary: '3户中2户同意封闭' }))
  const board = ok(await call<{ items: BoardTopicResult[] }>('persona-resident', 'listTopicResults', { communityId: 'community-hangkonglu' }))
  expect(board.items).toEqual([expect.objectContaining({ summary: '3户中2户同意封闭', answers: 3, eligible: 3, turnoutPercent: 100 })])
})

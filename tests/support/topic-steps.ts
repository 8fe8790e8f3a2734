// Steps of the topic scenarios: extra residents of the demo community, creating and opening a topic as staff.
import type { Harness } from './local-harness'
import { data, key } from './local-harness'
import type { TopicView } from '../../src/core/contracts/topic-views'

/** Residents beside 王秀英 (household-101, 1栋): her son in the same household, 张桂兰 in 2栋, 刘德华 in 3栋 (grid 2). */
export async function addResidents(h: Harness): Promise<void> {
  const base = { streetId: 'street-shengli', communityId: 'community-hangkonglu', role: 'resident' as const }
  await h.runtime.deps.repos.users.upsert({ ...base, id: 'user-wang-son', openid: 'persona-wang-son', name: '王小军', householdId: 'household-101' })
  await h.runtime.deps.repos.users.upsert({ ...base, id: 'user-zhang', openid: 'persona-zhang', name: '张桂兰', householdId: 'household-301' })
  await h.runtime.deps.repos.users.upsert({ ...base, id: 'user-liu', openid: 'persona-liu', name: '刘德华', householdId: 'household-502' })
  await h.runtime.deps.repos.users.upsert({ ...base, id: 'user-new', openid: 'persona-new', name: '新住户' })
}

export const TOPIC_INPUT = {
  question: '一楼楼道是否封闭垃圾通道？',
  description: '垃圾通道异味大，物业建议封闭，改为楼下定点投放。',
  options: ['同意封闭', '不同意'],
  allowComment: true,
  audience: 'buildings',
  buildingIds: ['building-1', 'building-2'],
  perHousehold: false,
  opensOn: '2026-11-30',
  closesOn: '2026-12-07',
}

export async function createTopic(h: Harness, overrides: Record<string, unknown> = {}, as = 'persona-staff'): Promise<TopicView> {
  return data<TopicView>(await h.call(as, 'meetings', 'createTopic', { ...TOPIC_INPUT, idempotencyKey: key(), ...overrides }))
}

export async function openedTopic(h: Harness, overrides: Record<string, unknown> = {}): Promise<TopicView> {
  const topic = await createTopic(h, overrides)
  return data<TopicView>(await h.call('persona-staff', 'meetings', 'openTopic', { topicId: topic.id }))
}

export async function answer(h: Harness, as: string, topicId: string, payload: Record<string, unknown>) {
  return h.call<TopicView>(as, 'meetings', 'answerTopic', { topicId, idempotencyKey: key(), ...payload })
}

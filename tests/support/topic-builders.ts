// Builders of topics and answers for tests: sensible defaults, unique ids, overrides for what a test cares about.
import type { Topic } from '@core/domain/topic'
import { topicAnswerId, type TopicAnswer } from '@core/domain/topic-answer'
import { nextNumber } from './builders'

export function buildTopic(overrides: Partial<Topic> = {}): Topic {
  const n = nextNumber()
  return {
    id: `topic-${String(n).padStart(6, '0')}`,
    streetId: 'street-1',
    communityId: 'community-1',
    question: '一楼楼道是否封闭垃圾通道？',
    options: [{ id: 'o1', label: '同意封闭' }, { id: 'o2', label: '不同意' }],
    allowComment: true,
    audience: 'buildings',
    buildingIds: ['building-1', 'building-2'],
    perHousehold: false,
    opensOn: '2026-12-01',
    closesOn: '2026-12-10',
    createdBy: { userId: 'user-staff-1', name: '陈静' },
    createdAt: '2026-11-30T02:00:00.000Z',
    updatedAt: '2026-11-30T02:00:00.000Z',
    version: 1,
    idempotencyKey: `topic-key-${n}`,
    ...overrides,
  }
}

export function buildAnswer(topic: Topic, overrides: Partial<TopicAnswer> & { countsFor?: string } = {}): TopicAnswer {
  const n = nextNumber()
  const countsFor = overrides.countsFor ?? `user:user-${n}`
  return {
    id: topicAnswerId(topic.id, countsFor),
    topicId: topic.id,
    communityId: topic.communityId,
    buildingId: 'building-1',
    householdId: 'household-1',
    countsFor,
    optionId: 'o1',
    respondent: { userId: `user-${n}`, name: '王秀英', room: '1单元101' },
    recordedBy: { userId: `user-${n}`, name: '王秀英', role: 'resident' },
    channel: 'app',
    createdAt: '2026-12-02T02:00:00.000Z',
    updatedAt: '2026-12-02T02:00:00.000Z',
    version: 1,
    keys: [`answer-key-${n}`],
    ...overrides,
  }
}

// 定题说事: a question the community puts to the residents of chosen buildings, a grid or the whole community, with
// options (one choice) and/or free answers, open from one Shanghai date to another, counted per person or per household.
import { shanghaiDate } from './deadlines'

export const TOPIC_AUDIENCES = ['community', 'grid', 'buildings'] as const
export type TopicAudience = (typeof TOPIC_AUDIENCES)[number]

export const TOPIC_AUDIENCE_LABELS: Record<TopicAudience, string> = { community: '全社区', grid: '网格', buildings: '指定楼栋' }

/** What residents read: draft (staff only), scheduled (published, not yet open), open, closed. */
export const TOPIC_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const
export type TopicStatus = (typeof TOPIC_STATUSES)[number]

export const TOPIC_STATUS_LABELS: Record<TopicStatus, string> = { draft: '草稿', scheduled: '未开始', open: '征询中', closed: '已结束' }

export interface TopicOption {
  id: string
  label: string
}

export interface TopicPerson {
  userId: string
  name: string
}

export interface Topic {
  /** Derived from the community and the client's idempotency key, so a retried create finds the same topic. */
  id: string
  streetId: string
  communityId: string
  question: string
  description?: string
  /** Empty when the topic only asks for free answers. */
  options: TopicOption[]
  /** Residents may write a comment (required when there are no options). */
  allowComment: boolean
  audience: TopicAudience
  gridId?: string
  /** The buildings asked, resolved when the topic is created (all of the grid's or the community's). */
  buildingIds: string[]
  /** One answer per household instead of one per person. */
  perHousehold: boolean
  /** Shanghai dates, both included. */
  opensOn: string
  closesOn: string
  createdBy: TopicPerson
  createdAt: string
  updatedAt: string
  version: number
  openedAt?: string
  closedAt?: string
  /** Households and registered residents of each asked building when the topic opened (turnout's denominator). */
  eligible?: Record<string, { households: number; residents: number }>
  /** The result as published on the 公示栏 (masked tally and a short conclusion). */
  result?: TopicResult
  idempotencyKey: string
}

export interface TopicResult {
  summary: string
  publishedAt: string
  publishedBy: TopicPerson
}

/** The topic's status at an instant (Asia/Shanghai dates). */
export function topicStatus(topic: Topic, now: Date | string): TopicStatus {
  if (!topic.openedAt) return 'draft'
  const today = shanghaiDate(now)
  if (topic.closedAt || today > topic.closesOn) return 'closed'
  if (today < topic.opensOn) return 'scheduled'
  return 'open'
}

/** '2026-12-05' → '12月5日'. */
export function topicDayLabel(date: string): string {
  const [, month, day] = date.split('-').map(Number)
  return `${month}月${day}日`
}

/** 12月5日至12月12日 */
export function topicPeriodLabel(topic: Pick<Topic, 'opensOn' | 'closesOn'>): string {
  return `${topicDayLabel(topic.opensOn)}至${topicDayLabel(topic.closesOn)}`
}

export function hasOption(topic: Topic, optionId: string | undefined): boolean {
  return optionId === undefined || topic.options.some((option) => option.id === optionId)
}

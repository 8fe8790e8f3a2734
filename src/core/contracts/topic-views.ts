// What the topic actions answer: a topic as the caller may see it, its tally, and a published result for the 公示栏.
import type { TopicAudience, TopicOption, TopicStatus } from '../domain/topic'

export interface TopicSummary {
  id: string
  question: string
  status: TopicStatus
  statusLabel: string
  audience: TopicAudience
  /** 全社区 / 第一网格 / 1栋、2栋 */
  audienceLabel: string
  opensOn: string
  closesOn: string
  /** 12月1日至12月10日 */
  periodLabel: string
  perHousehold: boolean
  /** Residents: whether they (or their household, per household) answered. */
  answered?: boolean
  /** Staff, supervisors, admins, grid workers: answers so far. */
  answers?: number
  /** Set once the result is on the 公示栏. */
  resultPublishedAt?: string
}

export interface TopicOptionCount extends TopicOption {
  count: number
  /** Of the answers that chose an option, whole percent. */
  percent: number
}

export interface TopicTally {
  /** What turnout counts: people or households. */
  unit: 'person' | 'household'
  answers: number
  /** Registered residents, or households, of the asked buildings when the topic opened. */
  eligible: number
  /** answers / eligible, whole percent (0 when nobody is eligible). */
  turnoutPercent: number
  options: TopicOptionCount[]
  buildings: Array<{ buildingId: string; name: string; answers: number; eligible: number; options: Record<string, number> }>
  comments: number
}

export interface TopicComment {
  buildingName: string
  /** Masked: 王** */
  name: string
  optionLabel?: string
  comment: string
  at: string
}

export interface TopicAnswerView {
  optionId?: string
  comment?: string
  updatedAt: string
  /** Masked unless it is the caller. */
  respondentName: string
  /** The caller may change it (they answered or recorded it, and the topic is open). */
  mine: boolean
  channel: 'app' | 'doorToDoor'
}

/** A household of the grid worker's grids in the topic, for door-to-door answers. */
export interface TopicHouseholdRow {
  householdId: string
  buildingName: string
  room: string
  headName: string
  answer?: TopicAnswerView
}

export interface TopicView extends TopicSummary {
  description?: string
  options: TopicOption[]
  allowComment: boolean
  buildingNames: string[]
  /** The caller's own answer (per household: the household's). */
  myAnswer?: TopicAnswerView
  /** Whether the caller may answer now, and why not when they may not (Chinese). */
  canAnswer: boolean
  answerBlocked?: string
  /** Staff and admins of the community. */
  canManage: boolean
  tally?: TopicTally
  /** Latest first, at most 50; names masked. */
  comments?: TopicComment[]
  /** Grid workers: their households in the topic. */
  households?: TopicHouseholdRow[]
  result?: { summary: string; publishedAt: string }
}

/** A topic's published result as the 公示栏 shows it: counts only, no names. */
export interface BoardTopicResult {
  id: string
  question: string
  periodLabel: string
  summary: string
  publishedAt: string
  unit: 'person' | 'household'
  answers: number
  eligible: number
  turnoutPercent: number
  options: TopicOptionCount[]
}

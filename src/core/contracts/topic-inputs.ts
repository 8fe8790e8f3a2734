// 定题说事: the actions of the `meetings` function about topics, and their input schemas (client and server share them).
import { TOPIC_AUDIENCES, type Topic } from '../domain/topic'
import { bool, date, id, list, oneOf, text, type Schema } from './validation'

export const TOPIC_ACTIONS = ['createTopic', 'openTopic', 'closeTopic', 'listTopics', 'getTopic', 'answerTopic', 'publishTopicResult', 'listTopicResults'] as const
export type TopicActionName = (typeof TOPIC_ACTIONS)[number]

export const TOPIC_LIMITS = { question: 60, description: 300, options: 8, option: 20, comment: 200, summary: 200, buildings: 200 } as const

export const CREATE_TOPIC_SCHEMA: Schema = {
  communityId: id('社区', { optional: true }),
  question: text('议题', { min: 4, max: TOPIC_LIMITS.question }),
  description: text('说明', { max: TOPIC_LIMITS.description, optional: true }),
  options: list('选项', text('选项', { max: TOPIC_LIMITS.option }), { max: TOPIC_LIMITS.options }),
  allowComment: bool('允许填写意见', { optional: true }),
  audience: oneOf('征询范围', TOPIC_AUDIENCES),
  gridId: id('网格', { optional: true }),
  buildingIds: list('楼栋', id('楼栋'), { max: TOPIC_LIMITS.buildings }),
  perHousehold: bool('每户一票', { optional: true }),
  opensOn: date('开始日期'),
  closesOn: date('截止日期'),
  idempotencyKey: text('提交编号', { min: 8, max: 64 }),
}

/** The topic's own fields as typed, with the options as labels (ids are given at creation). */
export type CreateTopicInput = Pick<Topic, 'question' | 'description' | 'allowComment' | 'audience' | 'gridId' | 'buildingIds' | 'perHousehold' | 'opensOn' | 'closesOn' | 'idempotencyKey'> & {
  communityId?: string
  options: string[]
}

export const TOPIC_ID_SCHEMA: Schema = { topicId: id('议题编号') }

export const LIST_TOPICS_SCHEMA: Schema = { communityId: id('社区', { optional: true }) }

export const LIST_TOPIC_RESULTS_SCHEMA: Schema = { communityId: id('社区') }

export const ANSWER_TOPIC_SCHEMA: Schema = {
  topicId: id('议题编号'),
  optionId: id('选项', { optional: true }),
  comment: text('意见', { max: TOPIC_LIMITS.comment, optional: true }),
  /** Grid workers: the household whose answer they write down at the door. */
  householdId: id('住户', { optional: true }),
  idempotencyKey: text('提交编号', { min: 8, max: 64 }),
}

export interface AnswerTopicInput {
  topicId: string
  optionId?: string
  comment?: string
  householdId?: string
  idempotencyKey: string
}

export const PUBLISH_TOPIC_RESULT_SCHEMA: Schema = {
  topicId: id('议题编号'),
  summary: text('结果说明', { min: 2, max: TOPIC_LIMITS.summary }),
}

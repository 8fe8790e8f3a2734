// Input schemas of the case actions, shared by the client (form checks) and the functions (final say).
import { CATEGORY_CODES, type CategoryCode } from '../domain/category'
import { CHANNELS, FOLLOW_UP_METHODS, LEVELS, RATINGS, URGENCIES, type Attachment, type Channel, type FollowUpMethod, type Level, type Rating, type Urgency } from '../domain/case'
import { STATUS_GROUPS } from '../domain/case-status'
import { LIMITS } from './functions'
import { bool, date, id, integer, list, object, oneOf, text, type Schema } from './validation'

const attachment = object('附件', {
  fileId: text('文件编号', { max: 300 }),
  kind: oneOf('附件类型', ['image', 'audio'] as const),
  name: text('文件名', { max: 100, optional: true }),
})
const attachments = list('附件', attachment, { max: LIMITS.attachments })
const note = (optional = true) => text('说明', { max: LIMITS.note, optional })

export const SUBMIT_SCHEMA: Schema = {
  communityId: id('社区'),
  text: text('事项内容', { min: 2, max: LIMITS.caseText }),
  channel: oneOf('来源渠道', CHANNELS),
  attachments,
  anonymous: bool('匿名公示', { optional: true }),
  gridId: id('网格', { optional: true }),
  householdId: id('住户', { optional: true }),
  petitioner: object(
    '说事人',
    { name: text('姓名', { max: 20 }), phone: text('电话', { max: 20, optional: true }), room: text('门牌', { max: 40, optional: true }) },
    { optional: true },
  ),
  idempotencyKey: text('提交编号', { min: 8, max: 64 }),
}
export interface SubmitInput {
  communityId: string
  text: string
  channel: Channel
  attachments: Attachment[]
  anonymous: boolean
  gridId?: string
  householdId?: string
  petitioner?: { name: string; phone?: string; room?: string }
  idempotencyKey: string
}

export const GET_SCHEMA: Schema = { caseId: id('事项编号') }
export const LIST_MINE_SCHEMA: Schema = {
  cursor: text('翻页位置', { max: 200, optional: true }),
  limit: integer('每页条数', { min: 1, max: LIMITS.maxPageSize, optional: true }),
}
export const LIST_QUEUE_SCHEMA: Schema = {
  ...LIST_MINE_SCHEMA,
  group: oneOf('分组', Object.keys(STATUS_GROUPS) as (keyof typeof STATUS_GROUPS)[], { optional: true }),
  urgent: bool('只看紧急', { optional: true }),
}
export const LIST_BOARD_SCHEMA: Schema = { ...LIST_MINE_SCHEMA, communityId: id('社区') }

/** Every change to an existing case names the case and the version the caller saw. */
const change: Schema = {
  caseId: id('事项编号'),
  version: integer('版本', { min: 1, max: 1_000_000 }),
  note: note(),
  attachments,
}
export interface ChangeInput {
  caseId: string
  version: number
  note?: string
  attachments: Attachment[]
}

export const ACTION_SCHEMAS = {
  triage: {
    ...change,
    category: oneOf('分类', CATEGORY_CODES),
    urgency: oneOf('紧急程度', URGENCIES),
    unitId: id('建议承办单位', { optional: true }),
    /** 语音待转写: what the recording says, typed by staff; it becomes the case's text. */
    gist: text('内容摘要', { min: 2, max: LIMITS.caseText, optional: true }),
  },
  resolveOnSpot: { ...change, result: text('处理结果', { max: LIMITS.note }) },
  mergeDuplicate: { ...change, intoCaseId: id('合并到的事项') },
  refer: { ...change, to: text('转交部门', { max: 40 }), reason: text('转交原因', { max: LIMITS.note }) },
  /** Names a planned meeting (`meetingId`), or a date and place: the planned 议事会 there that day, or a new one. */
  putOnAgenda: { ...change, meetingId: id('议事会', { optional: true }), meetingDate: date('议事日期', { optional: true }), place: text('议事地点', { max: 40, optional: true }) },
  recordDecision: { ...change, decision: text('议事决议', { max: LIMITS.note }) },
  assign: { ...change, unitId: id('承办单位'), level: oneOf('办理层级', LEVELS), workingDays: integer('办理时限（工作日）', { min: 1, max: 60 }) },
  accept: change,
  progress: { ...change, note: note(false) },
  requestExtension: { ...change, days: integer('延期天数（工作日）', { min: 1, max: 30 }), note: note(false) },
  approveExtension: change,
  denyExtension: { ...change, note: note(false) },
  returnToStaff: { ...change, note: note(false) },
  complete: { ...change, result: text('办理结果', { max: LIMITS.note }) },
  publish: { ...change, publishedResult: text('公示内容', { max: LIMITS.note }) },
  rate: { ...change, rating: oneOf('评价', RATINGS), comment: text('评价意见', { max: LIMITS.note, optional: true }) },
  recordFollowUp: {
    ...change,
    rating: oneOf('评价', RATINGS),
    method: oneOf('回访方式', FOLLOW_UP_METHODS),
    comment: text('回访意见', { max: LIMITS.note, optional: true }),
  },
  supervise: { ...change, note: note(false) },
  escalate: change,
  close: change,
} satisfies Record<string, Schema>

export interface ActionInputs {
  triage: ChangeInput & { category: CategoryCode; urgency: Urgency; unitId?: string; gist?: string }
  resolveOnSpot: ChangeInput & { result: string }
  mergeDuplicate: ChangeInput & { intoCaseId: string }
  refer: ChangeInput & { to: string; reason: string }
  putOnAgenda: ChangeInput & { meetingId?: string; meetingDate?: string; place?: string }
  recordDecision: ChangeInput & { decision: string }
  assign: ChangeInput & { unitId: string; level: Level; workingDays: number }
  accept: ChangeInput
  progress: ChangeInput & { note: string }
  requestExtension: ChangeInput & { days: number; note: string }
  approveExtension: ChangeInput
  denyExtension: ChangeInput & { note: string }
  returnToStaff: ChangeInput & { note: string }
  complete: ChangeInput & { result: string }
  publish: ChangeInput & { publishedResult: string }
  rate: ChangeInput & { rating: Rating; comment?: string }
  recordFollowUp: ChangeInput & { rating: Rating; method: FollowUpMethod; comment?: string }
  supervise: ChangeInput & { note: string }
  escalate: ChangeInput
  close: ChangeInput
}
export type ChangeAction = keyof typeof ACTION_SCHEMAS

// The case (说事事项) and its timeline events, as the domain sees them.
import type { CategoryCode } from './category'
import type { CaseStatus } from './case-status'
import type { CaseAction } from './transitions'
import type { Role } from './roles'
import { needsTranscript } from './voice'

export const CHANNELS = ['self', 'doorToDoor', 'phone', 'walkIn', 'suggestionBox'] as const
export type Channel = (typeof CHANNELS)[number]
export const CHANNEL_LABELS: Record<Channel, string> = {
  self: '居民自报',
  doorToDoor: '网格员入户',
  phone: '电话',
  walkIn: '说事厅来访',
  suggestionBox: '意见箱',
}

export const LEVELS = ['residentGroup', 'community', 'street', 'district'] as const
export type Level = (typeof LEVELS)[number]
export const LEVEL_LABELS: Record<Level, string> = {
  residentGroup: '居民组',
  community: '社区',
  street: '街道',
  district: '区',
}

export const RATINGS = ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const
export type Rating = (typeof RATINGS)[number]
export const RATING_LABELS: Record<Rating, string> = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  unsatisfied: '不满意',
}

/** 回访: how a worker reached a petitioner who has no app account. */
export const FOLLOW_UP_METHODS = ['phone', 'visit'] as const
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number]
export const FOLLOW_UP_METHOD_LABELS: Record<FollowUpMethod, string> = {
  phone: '电话回访',
  visit: '上门回访',
}

export const URGENCIES = ['normal', 'urgent'] as const
export type Urgency = (typeof URGENCIES)[number]

export interface Attachment {
  fileId: string
  kind: 'image' | 'audio'
  name?: string
  /** Answers only (cases.get), never stored: a short-lived link to show the private file. */
  url?: string
}

export interface Petitioner {
  userId?: string
  name: string
  phone?: string
  /** Building and room, e.g. "3栋2单元501". */
  room?: string
}

export interface CaseRating {
  value: Rating
  comment?: string
  at: string
  /** Set when a worker recorded the rating by 回访 (the petitioner has no app account). */
  followUp?: { method: FollowUpMethod; byName: string }
}

export interface CaseRecord {
  id: string
  /** Human-readable number, e.g. SS202611280001. */
  caseNo: string
  streetId: string
  communityId: string
  gridId?: string
  channel: Channel
  /** Who typed it in: the resident, or the grid worker / staff member on their behalf. */
  submittedBy: string
  petitioner: Petitioner
  /** Hide the petitioner's name from the public board. */
  anonymous: boolean
  text: string
  attachments: Attachment[]
  status: CaseStatus
  version: number
  /** The classifier's suggestion at submission; staff confirm or correct it in triage. */
  suggestion?: {
    category: CategoryCode
    urgent: boolean
    urgentReasons: string[]
    /** Suggested unit: its kind's label, and the matching unit of the street when there is one. */
    unit: string
    unitId?: string
    confidence: number
    top3: { category: CategoryCode; score: number }[]
    /** 需尽快核实: not urgent, but the classifier is unsure — the situation to check within the hour. */
    checkSoon?: string
  }
  category?: CategoryCode
  urgency: Urgency
  unitId?: string
  level?: Level
  dueAt?: string
  /** 议事: the meeting whose agenda the case is on (its id; date and place as at putOnAgenda) and the decision. */
  meeting?: { id?: string; date: string; place: string; decision?: string }
  mergedInto?: string
  referral?: { to: string; reason: string }
  /** Internal handling result (from the handler). */
  result?: string
  /** What the board shows, set only by publish. */
  publishedResult?: string
  publishedAt?: string
  rating?: CaseRating
  closure?: 'rated' | 'unrated' | 'merged' | 'referred'
  escalations: number
  idempotencyKey: string
  createdAt: string
  updatedAt: string
}

export interface CaseEvent {
  id: string
  caseId: string
  /** 1, 2, 3 … in order per case. */
  seq: number
  action: CaseAction
  fromStatus: CaseStatus | null
  toStatus: CaseStatus
  actorId: string
  actorName: string
  actorRole: Role
  at: string
  note?: string
  attachments: Attachment[]
  /** Structured details of the change (category, unit, dueAt, rating …). */
  data?: Record<string, unknown>
}

/**
 * What a list card needs of a stored case (issue 12: lists read only this, never the whole record): the fields a
 * summary shows, the scope fields that decide masking, the beginning of the text and whether it is a recording only.
 */
export type CaseCard = Pick<
  CaseRecord,
  | 'id' | 'caseNo' | 'version' | 'streetId' | 'communityId' | 'gridId' | 'unitId' | 'submittedBy' | 'petitioner' | 'status'
  | 'category' | 'level' | 'dueAt' | 'urgency' | 'escalations' | 'meeting' | 'createdAt'
> & {
  /** The text's beginning: at least CARD_TEXT_LENGTH characters when there are that many. */
  text: string
  /** Only a recording was sent: nothing typed or transcribed yet (voice.ts). */
  voiceOnly: boolean
  /** 需尽快核实: while the case waits to be sorted, the urgent situation the classifier suspects. */
  checkSoon?: string
}

/** A row of the 公示栏: a published result and what the board shows beside it (issue 12: not the whole record). */
export type BoardCard = Pick<CaseRecord, 'id' | 'caseNo' | 'category' | 'anonymous' | 'unitId' | 'publishedResult' | 'publishedAt' | 'rating'> & {
  /** The text's beginning: at least CARD_TEXT_LENGTH characters when there are that many. */
  text: string
  /** The petitioner's name as stored (the board masks it). */
  petitionerName: string
}

/** A case number: the community's day (SS + yyyymmdd in Shanghai) and its sequence of that day, four digits. */
export function caseNumber(datePrefix: string, sequence: number): string {
  return datePrefix + String(sequence).padStart(4, '0')
}

/** How much of the text a card carries: enough for a 40-character first line after blank lines. */
export const CARD_TEXT_LENGTH = 200

const CARD_FIELDS = [
  'id', 'caseNo', 'version', 'streetId', 'communityId', 'gridId', 'unitId', 'submittedBy', 'petitioner', 'status',
  'category', 'level', 'dueAt', 'urgency', 'escalations', 'meeting', 'createdAt',
] as const satisfies ReadonlyArray<keyof CaseRecord>

/** The board row of a whole record (the cloud adapter). */
export function boardCardOf(item: CaseRecord): BoardCard {
  const card: BoardCard = { id: item.id, caseNo: item.caseNo, anonymous: item.anonymous, text: Array.from(item.text).slice(0, CARD_TEXT_LENGTH).join(''), petitionerName: item.petitioner.name }
  if (item.category) card.category = item.category
  if (item.unitId) card.unitId = item.unitId
  if (item.publishedResult !== undefined) card.publishedResult = item.publishedResult
  if (item.publishedAt !== undefined) card.publishedAt = item.publishedAt
  if (item.rating) card.rating = item.rating
  return card
}

/** The card of a whole record (the cloud adapter and lists that read whole records). */
export function cardOf(item: CaseRecord): CaseCard {
  const card: Record<string, unknown> = {}
  for (const field of CARD_FIELDS) if (item[field] !== undefined) card[field] = item[field]
  const checkSoon = checkSoonOf(item.status, item.suggestion?.checkSoon)
  return {
    ...(card as Omit<CaseCard, 'text' | 'voiceOnly'>),
    text: Array.from(item.text).slice(0, CARD_TEXT_LENGTH).join(''),
    voiceOnly: needsTranscript(item),
    ...(checkSoon ? { checkSoon } : {}),
  }
}

/** The check-soon situation a card carries: only while the case still waits to be sorted (then staff decided). */
export function checkSoonOf(status: CaseRecord['status'], situation: string | undefined | null): string | undefined {
  return status === 'submitted' && situation ? situation : undefined
}

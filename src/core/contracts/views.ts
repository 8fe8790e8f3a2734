// What the functions answer: cases and timelines as the client shows them.
import type { CaseEvent, CaseRecord, Level, Urgency } from '../domain/case'
import type { CaseStatus } from '../domain/case-status'
import type { CaseAction } from '../domain/transitions'
import type { ContentHold } from '../ports/content-check'

export interface CaseView extends CaseRecord {
  statusLabel: string
  stepLabel: string
  categoryLabel?: string
  unitName?: string
  /** A merged case: the number of the case it was merged into. */
  mergedIntoCaseNo?: string
  overdue: boolean
  /** 语音待转写: only a recording, no text yet (staff type its gist at triage). Present only when true. */
  needsTranscript?: true
  /** Actions the caller may do now (for buttons). */
  allowedActions: CaseAction[]
}

/** A merge candidate: an open case of the same community and how alike its text reads (0..1, 2 decimals). */
export type SimilarCaseView = CaseView & { similarity: number }

export interface CaseDetail {
  case: CaseView
  timeline: CaseEvent[]
  /** Staff and admins only: texts or photos held from the 公示栏 for content review, with the reason. */
  contentReview?: ContentHold[]
}

/**
 * One case in a list (我的说事, the work queues, the agenda, the supervision view): what a card shows, nothing more.
 * `get` answers the whole CaseView with its timeline.
 */
export interface CaseSummary {
  id: string
  caseNo: string
  /** The version a change must name. */
  version: number
  status: CaseStatus
  statusLabel: string
  stepLabel: string
  categoryLabel?: string
  /** The first line of what was said, at most 40 characters (… when cut). */
  summary: string
  unitName?: string
  level?: Level
  dueAt?: string
  overdue: boolean
  urgency: Urgency
  escalations: number
  /** Masked unless the caller handles the case. */
  petitionerName: string
  /** Agenda items: the meeting (date, place, decision once recorded). */
  meeting?: { id?: string; date: string; place: string; decision?: string }
  /** 语音待转写: only a recording, no text yet. Present only when true. */
  needsTranscript?: true
  /** 需尽快核实 (workers only, while not yet sorted): the urgent situation the classifier suspects. */
  checkSoon?: string
  createdAt: string
}

export interface CaseList {
  items: CaseSummary[]
  nextCursor?: string
  /** Work queues, first page of the open tabs only: the newest open urgent cases in scope (at most 5), pinned on top and left out of `items`. */
  urgent?: CaseSummary[]
  /** There are more open urgent cases than `urgent` shows: the 紧急 tab (`listQueue` with `urgent: true`) lists them all. */
  moreUrgent?: boolean
}

export interface BoardEntry {
  id: string
  caseNo: string
  categoryLabel?: string
  summary: string
  petitionerName: string
  publishedResult: string
  publishedAt: string
  /** The unit that did the work (none when it was solved on the spot). */
  unitName?: string
  rating?: string
}

// What the functions answer: cases and timelines as the client shows them.
import type { CaseEvent, CaseRecord } from '../domain/case'
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

export interface CaseList {
  items: CaseView[]
  nextCursor?: string
  /** Work queues, first page only: open urgent cases in scope, newest first — they skip the queue. */
  urgent?: CaseView[]
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

// CaseSummary: a case as a list shows it (issue 12, lean lists). Built on the server from a stored case (without
// the allowed actions a full view works out), and on the client from a full CaseView it just got (submit, rate),
// so a list always holds one shape.
import type { CaseRecord } from '../domain/case'
import { CATEGORIES } from '../domain/category'
import { STATUS_LABELS, STATUS_STEP, STEP_LABELS } from '../domain/case-status'
import type { CaseSummary } from '../contracts/views'

export const SUMMARY_LENGTH = 40

/** The first non-empty line of a text, cut to `max` characters with … when longer. */
export function firstLine(text: string, max = SUMMARY_LENGTH): string {
  // Most texts are one short line: no split, no array of characters.
  if (text.length <= max && !text.includes('\n')) return text.trim()
  const line = text.split(/\r?\n/).find((part) => part.trim() !== '')?.trim() ?? ''
  const chars = Array.from(line)
  return chars.length > max ? chars.slice(0, max).join('') + '…' : line
}

/** The stored fields a summary shows. */
export type SummaryFields = Pick<CaseRecord, 'id' | 'caseNo' | 'version' | 'status' | 'category' | 'level' | 'dueAt' | 'urgency' | 'escalations' | 'meeting' | 'createdAt'> & {
  /** The text, or at least its beginning (a card's). */
  text: string
}

/** What a summary shows beyond the stored fields, worked out for the caller. */
export interface SummaryShown {
  /** Masked for whoever does not handle the case. */
  petitionerName: string
  unitName?: string
  overdue: boolean
  needsTranscript?: boolean
  /** 需尽快核实: for workers only. */
  checkSoon?: string
}

/** What a summary is made of on the client: a view (petitioner already masked for the caller, names looked up). */
export type SummarySource = SummaryFields & {
  petitioner: { name: string }
  unitName?: string
  overdue: boolean
  needsTranscript?: true
  checkSoon?: string
}

/** Tolerates a partial answer (a client that got less than a full view keeps a card with what there is). */
export function summarize(item: SummarySource): CaseSummary {
  return summaryOf(item, { petitionerName: item.petitioner?.name ?? '', unitName: item.unitName, overdue: item.overdue, needsTranscript: item.needsTranscript, checkSoon: item.checkSoon })
}

/** A summary of stored fields and what was worked out for the caller (lists build it from a card). */
export function summaryOf(item: SummaryFields, shown: SummaryShown): CaseSummary {
  const summary: CaseSummary = {
    id: item.id,
    caseNo: item.caseNo,
    version: item.version,
    status: item.status,
    statusLabel: STATUS_LABELS[item.status],
    stepLabel: STEP_LABELS[STATUS_STEP[item.status]],
    summary: firstLine(item.text ?? ''),
    overdue: shown.overdue,
    urgency: item.urgency,
    escalations: item.escalations,
    petitionerName: shown.petitionerName,
    createdAt: item.createdAt,
  }
  if (item.category) summary.categoryLabel = CATEGORIES[item.category].label
  if (shown.unitName) summary.unitName = shown.unitName
  if (item.level) summary.level = item.level
  if (item.dueAt) summary.dueAt = item.dueAt
  if (item.meeting) summary.meeting = { ...item.meeting }
  if (shown.needsTranscript) summary.needsTranscript = true
  if (shown.checkSoon) summary.checkSoon = shown.checkSoon
  return summary
}

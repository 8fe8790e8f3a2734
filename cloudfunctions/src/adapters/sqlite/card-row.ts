// CaseCard <- the columns a list card needs (issue 12): a list page reads these for its rows, not the whole record
// (no attachments, suggestion, rating or result JSON to read and parse), joined to the page's ids in one statement.
import { CARD_TEXT_LENGTH, type CaseCard, type CaseRecord, type Petitioner } from '@core/domain/case'
import { needsTranscript } from '@core/domain/voice'
import { compact, fromJson } from './json-columns'

export interface CardRow {
  key: string | null
  id: string
  case_no: string
  version: number
  street_id: string
  community_id: string
  grid_id: string | null
  unit_id: string | null
  submitted_by: string
  petitioner: string
  status: string
  category: string | null
  level: string | null
  due_at: string | null
  urgency: string
  escalations: number
  meeting: string | null
  created_at: string
  /** The text's first CARD_TEXT_LENGTH characters, and whether that is all of it. */
  text_start: string
  text_whole: number
  has_audio: number
}

const CARD_COLUMNS = `c.id, c.case_no, c.version, c.street_id, c.community_id, c.grid_id, c.unit_id, c.submitted_by, c.petitioner,
  c.status, c.category, c.level, c.due_at, c.urgency, c.escalations, c.meeting, c.created_at,
  substr(c.text, 1, ${CARD_TEXT_LENGTH}) AS text_start, length(c.text) <= ${CARD_TEXT_LENGTH} AS text_whole,
  instr(c.attachments, '"kind":"audio"') > 0 AS has_audio`

/**
 * The cards of a page query (rows of id and key, case-queries.ts), in one statement: the page is read from its
 * indexes first (MATERIALIZED), then each of its rows by primary key. The caller puts them back in page order.
 */
export function cardsSql(pageSql: string): string {
  return `WITH page AS MATERIALIZED (${pageSql}) SELECT page.key AS key, ${CARD_COLUMNS} FROM page JOIN cases c ON c.id = page.id`
}

export function cardFromRow(row: CardRow): CaseCard {
  const text = row.text_start
  // Only a short text can be the voice placeholder; the audio test reads the attachments' JSON text, not parsed.
  const voiceOnly = row.text_whole === 1 && row.has_audio === 1 && needsTranscript({ text, attachments: [{ fileId: '', kind: 'audio' }] })
  return compact<CaseCard>({
    id: row.id,
    caseNo: row.case_no,
    version: row.version,
    streetId: row.street_id,
    communityId: row.community_id,
    gridId: row.grid_id ?? undefined,
    unitId: row.unit_id ?? undefined,
    submittedBy: row.submitted_by,
    petitioner: fromJson<Petitioner>(row.petitioner) as Petitioner,
    status: row.status as CaseRecord['status'],
    category: (row.category ?? undefined) as CaseRecord['category'],
    level: (row.level ?? undefined) as CaseRecord['level'],
    dueAt: row.due_at ?? undefined,
    urgency: row.urgency as CaseRecord['urgency'],
    escalations: row.escalations,
    meeting: fromJson<CaseRecord['meeting']>(row.meeting),
    createdAt: row.created_at,
    text,
    voiceOnly,
  })
}

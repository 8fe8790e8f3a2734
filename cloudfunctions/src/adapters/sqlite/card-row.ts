// CaseCard <- the columns a list card needs (issue 12): a list page reads these for its rows, not the whole record
// (no attachments, suggestion, rating or result JSON to read and parse), by the page's ids in one statement.
// Rows come back raw (arrays, not objects): building a keyed object per row cost more than reading the row.
import { CARD_TEXT_LENGTH, checkSoonOf, type BoardCard, type CaseCard, type CaseRecord, type Petitioner } from '@core/domain/case'
import { needsTranscript } from '@core/domain/voice'

/** What every raw row of a page's cases starts with. */
export type RawPageRow = [id: string, ...rest: unknown[]]

/** A raw card row, in CARD_COLUMNS order. */
export type CardRow = [
  id: string,
  caseNo: string,
  version: number,
  streetId: string,
  communityId: string,
  gridId: string | null,
  unitId: string | null,
  submittedBy: string,
  petitioner: string,
  status: string,
  category: string | null,
  level: string | null,
  dueAt: string | null,
  urgency: string,
  escalations: number,
  meeting: string | null,
  createdAt: string,
  /** The text's first CARD_TEXT_LENGTH characters, and whether that is all of it. */
  textStart: string,
  textWhole: number,
  hasAudio: number,
  checkSoon: string | null,
]

const CARD_COLUMNS = `c.id, c.case_no, c.version, c.street_id, c.community_id, c.grid_id, c.unit_id, c.submitted_by, c.petitioner,
  c.status, c.category, c.level, c.due_at, c.urgency, c.escalations, c.meeting, c.created_at,
  substr(c.text, 1, ${CARD_TEXT_LENGTH}), length(c.text) <= ${CARD_TEXT_LENGTH},
  instr(c.attachments, '"kind":"audio"') > 0, c.suggestion ->> '$.checkSoon'`

/**
 * The cards of `count` cases by id (the ids of a page, read first from its indexes: case-queries.ts), in one statement
 * that looks each up by primary key. Rows come in no particular order; the caller puts them in page order.
 * Run it with `.raw(true)`: each row is a CardRow.
 */
export function cardsSql(count: number): string {
  return rowsByIdSql(CARD_COLUMNS, count)
}

/** `columns` of `count` cases by id: an IN list of parameters, so no temporary table is built for the page. */
function rowsByIdSql(columns: string, count: number): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`a page of ${count} cases`)
  return `SELECT ${columns} FROM cases c WHERE c.id IN (${Array.from({ length: count }, () => '?').join(', ')})`
}

export function cardFromRow(row: CardRow): CaseCard {
  const [id, caseNo, version, streetId, communityId, gridId, unitId, submittedBy, petitioner, status, category, level, dueAt, urgency, escalations, meeting, createdAt, text, textWhole, hasAudio, checkSoon] = row
  // Only a short text can be the voice placeholder; the audio test reads the attachments' JSON text, not parsed.
  const voiceOnly = textWhole === 1 && hasAudio === 1 && needsTranscript({ text, attachments: [{ fileId: '', kind: 'audio' }] })
  const card: CaseCard = {
    id,
    caseNo,
    version,
    streetId,
    communityId,
    submittedBy,
    petitioner: JSON.parse(petitioner) as Petitioner,
    status: status as CaseRecord['status'],
    urgency: urgency as CaseRecord['urgency'],
    escalations,
    createdAt,
    text,
    voiceOnly,
  }
  if (gridId !== null) card.gridId = gridId
  if (unitId !== null) card.unitId = unitId
  if (category !== null) card.category = category as CaseRecord['category']
  if (level !== null) card.level = level as CaseRecord['level']
  if (dueAt !== null) card.dueAt = dueAt
  if (meeting !== null) card.meeting = JSON.parse(meeting) as CaseRecord['meeting']
  const suspected = checkSoonOf(card.status, checkSoon)
  if (suspected) card.checkSoon = suspected
  return card
}

/** A raw board row, in BOARD_COLUMNS order (the id first, as in a CardRow). */
export type BoardRow = [
  id: string,
  caseNo: string,
  category: string | null,
  anonymous: number,
  unitId: string | null,
  publishedResult: string | null,
  publishedAt: string | null,
  rating: string | null,
  petitionerName: string | null,
  textStart: string,
]

const BOARD_COLUMNS = `c.id, c.case_no, c.category, c.anonymous, c.unit_id, c.published_result, c.published_at, c.rating,
  c.petitioner ->> '$.name', substr(c.text, 1, ${CARD_TEXT_LENGTH})`

/** The 公示栏 rows of `count` cases by id, as cardsSql; run it with `.raw(true)`: each row is a BoardRow. */
export function boardSql(count: number): string {
  return rowsByIdSql(BOARD_COLUMNS, count)
}

export function boardCardFromRow(row: BoardRow): BoardCard {
  const [id, caseNo, category, anonymous, unitId, publishedResult, publishedAt, rating, petitionerName, text] = row
  const card: BoardCard = { id, caseNo, anonymous: anonymous === 1, text, petitionerName: petitionerName ?? '' }
  if (category !== null) card.category = category as CaseRecord['category']
  if (unitId !== null) card.unitId = unitId
  if (publishedResult !== null) card.publishedResult = publishedResult
  if (publishedAt !== null) card.publishedAt = publishedAt
  if (rating !== null) card.rating = JSON.parse(rating) as CaseRecord['rating']
  return card
}

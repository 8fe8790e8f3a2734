// CaseCard <- the columns a list card needs (issue 12): a list page reads these for its rows, not the whole record
// (no attachments, suggestion, rating or result JSON to read and parse), joined to the page's ids in one statement.
// Rows come back raw (arrays, not objects): building a keyed object per row cost more than reading the row.
import { CARD_TEXT_LENGTH, checkSoonOf, type BoardCard, type CaseCard, type CaseRecord, type Petitioner } from '@core/domain/case'
import { needsTranscript } from '@core/domain/voice'

/** What every raw page row starts with. */
export type RawPageRow = [key: string | null, id: string, ...rest: unknown[]]

/** A raw card row, in CARD_COLUMNS order. */
export type CardRow = [
  key: string | null,
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

const CARD_COLUMNS = `page.key, c.id, c.case_no, c.version, c.street_id, c.community_id, c.grid_id, c.unit_id, c.submitted_by, c.petitioner,
  c.status, c.category, c.level, c.due_at, c.urgency, c.escalations, c.meeting, c.created_at,
  substr(c.text, 1, ${CARD_TEXT_LENGTH}), length(c.text) <= ${CARD_TEXT_LENGTH},
  instr(c.attachments, '"kind":"audio"') > 0, c.suggestion ->> '$.checkSoon'`

/**
 * The cards of a page query (rows of id and key, case-queries.ts), in one statement: the page is read from its
 * indexes first (MATERIALIZED), then each of its rows by primary key. The caller puts them back in page order.
 * Run it with `.raw(true)`: each row is a CardRow.
 */
export function cardsSql(pageSql: string): string {
  return pageRowsSql(pageSql, CARD_COLUMNS)
}

/** The page's ids read from its indexes first (MATERIALIZED), then `columns` of each of its cases by primary key. */
function pageRowsSql(pageSql: string, columns: string): string {
  return `WITH page AS MATERIALIZED (${pageSql}) SELECT ${columns} FROM page JOIN cases c ON c.id = page.id`
}

/** (key, id) order of two raw rows (a card's or a board row: key and id come first), ascending; a missing key sorts first. */
export function compareCardRows(a: RawPageRow, b: RawPageRow): number {
  const ak = a[0] ?? ''
  const bk = b[0] ?? ''
  if (ak !== bk) return ak < bk ? -1 : 1
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
}

export function cardFromRow(row: CardRow): CaseCard {
  const [, id, caseNo, version, streetId, communityId, gridId, unitId, submittedBy, petitioner, status, category, level, dueAt, urgency, escalations, meeting, createdAt, text, textWhole, hasAudio, checkSoon] = row
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

/** A raw board row, in BOARD_COLUMNS order (the page's key and id first, as in a CardRow). */
export type BoardRow = [
  key: string | null,
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

const BOARD_COLUMNS = `page.key, c.id, c.case_no, c.category, c.anonymous, c.unit_id, c.published_result, c.published_at, c.rating,
  c.petitioner ->> '$.name', substr(c.text, 1, ${CARD_TEXT_LENGTH})`

/** The 公示栏 rows of a page query, as cardsSql; run it with `.raw(true)`: each row is a BoardRow. */
export function boardSql(pageSql: string): string {
  return pageRowsSql(pageSql, BOARD_COLUMNS)
}

export function boardCardFromRow(row: BoardRow): BoardCard {
  const [, id, caseNo, category, anonymous, unitId, publishedResult, publishedAt, rating, petitionerName, text] = row
  const card: BoardCard = { id, caseNo, anonymous: anonymous === 1, text, petitionerName: petitionerName ?? '' }
  if (category !== null) card.category = category as CaseRecord['category']
  if (unitId !== null) card.unitId = unitId
  if (publishedResult !== null) card.publishedResult = publishedResult
  if (publishedAt !== null) card.publishedAt = publishedAt
  if (rating !== null) card.rating = JSON.parse(rating) as CaseRecord['rating']
  return card
}

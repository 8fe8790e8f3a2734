// CaseRecord <-> `cases` row: queried fields are real columns, nested ones JSON columns.
import type { Attachment, CaseRecord, Petitioner } from '@core/domain/case'
import { compact, fromJson, orNull, toJson } from './json-columns'

export interface CaseRow {
  id: string
  case_no: string
  street_id: string
  community_id: string
  grid_id: string | null
  unit_id: string | null
  petitioner_user_id: string | null
  submitted_by: string
  status: string
  version: number
  due_at: string | null
  urgency: string
  category: string | null
  channel: string
  anonymous: number
  text: string
  level: string | null
  merged_into: string | null
  result: string | null
  published_result: string | null
  published_at: string | null
  closure: string | null
  escalations: number
  petitioner: string
  attachments: string
  meeting: string | null
  referral: string | null
  rating: string | null
  suggestion: string | null
  idempotency_key: string
  created_at: string
  updated_at: string
  /** meeting.date, a column of its own for the agenda's order. */
  meeting_date: string | null
}

export const CASE_COLUMNS: ReadonlyArray<keyof CaseRow> = [
  'id', 'case_no', 'street_id', 'community_id', 'grid_id', 'unit_id', 'petitioner_user_id', 'submitted_by', 'status',
  'version', 'due_at', 'urgency', 'category', 'channel', 'anonymous', 'text', 'level', 'merged_into', 'result',
  'published_result', 'published_at', 'closure', 'escalations', 'petitioner', 'attachments', 'meeting', 'referral',
  'rating', 'suggestion', 'idempotency_key', 'created_at', 'updated_at', 'meeting_date',
]

export function caseToRow(item: CaseRecord): CaseRow {
  return {
    id: item.id,
    case_no: item.caseNo,
    street_id: item.streetId,
    community_id: item.communityId,
    grid_id: orNull(item.gridId),
    unit_id: orNull(item.unitId),
    petitioner_user_id: orNull(item.petitioner.userId),
    submitted_by: item.submittedBy,
    status: item.status,
    version: item.version,
    due_at: orNull(item.dueAt),
    urgency: item.urgency,
    category: orNull(item.category),
    channel: item.channel,
    anonymous: item.anonymous ? 1 : 0,
    text: item.text,
    level: orNull(item.level),
    merged_into: orNull(item.mergedInto),
    result: orNull(item.result),
    published_result: orNull(item.publishedResult),
    published_at: orNull(item.publishedAt),
    closure: orNull(item.closure),
    escalations: item.escalations,
    petitioner: JSON.stringify(item.petitioner),
    attachments: JSON.stringify(item.attachments),
    meeting: toJson(item.meeting),
    referral: toJson(item.referral),
    rating: toJson(item.rating),
    suggestion: toJson(item.suggestion),
    idempotency_key: item.idempotencyKey,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    meeting_date: item.meeting?.date ?? null,
  }
}

export function caseFromRow(row: CaseRow): CaseRecord {
  return compact<CaseRecord>({
    id: row.id,
    caseNo: row.case_no,
    streetId: row.street_id,
    communityId: row.community_id,
    gridId: orUndefined(row.grid_id),
    channel: row.channel as CaseRecord['channel'],
    submittedBy: row.submitted_by,
    petitioner: fromJson<Petitioner>(row.petitioner) as Petitioner,
    anonymous: row.anonymous === 1,
    text: row.text,
    attachments: fromJson<Attachment[]>(row.attachments) ?? [],
    status: row.status as CaseRecord['status'],
    version: row.version,
    category: orUndefined(row.category) as CaseRecord['category'],
    urgency: row.urgency as CaseRecord['urgency'],
    unitId: orUndefined(row.unit_id),
    level: orUndefined(row.level) as CaseRecord['level'],
    dueAt: orUndefined(row.due_at),
    meeting: fromJson<CaseRecord['meeting']>(row.meeting),
    mergedInto: orUndefined(row.merged_into),
    referral: fromJson<CaseRecord['referral']>(row.referral),
    result: orUndefined(row.result),
    publishedResult: orUndefined(row.published_result),
    publishedAt: orUndefined(row.published_at),
    rating: fromJson<CaseRecord['rating']>(row.rating),
    suggestion: fromJson<CaseRecord['suggestion']>(row.suggestion),
    closure: orUndefined(row.closure) as CaseRecord['closure'],
    escalations: row.escalations,
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  })
}

function orUndefined(value: string | null): string | undefined {
  return value === null ? undefined : value
}

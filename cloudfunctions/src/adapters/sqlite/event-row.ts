// CaseEvent <-> `case_events` row.
import type { Attachment, CaseEvent } from '@core/domain/case'
import { compact, fromJson, orNull, toJson } from './json-columns'

export interface EventRow {
  id: string
  case_id: string
  seq: number
  action: string
  from_status: string | null
  to_status: string
  actor_id: string
  actor_name: string
  actor_role: string
  at: string
  note: string | null
  attachments: string
  data: string | null
}

export function eventToRow(event: CaseEvent): EventRow {
  return {
    id: event.id,
    case_id: event.caseId,
    seq: event.seq,
    action: event.action,
    from_status: event.fromStatus,
    to_status: event.toStatus,
    actor_id: event.actorId,
    actor_name: event.actorName,
    actor_role: event.actorRole,
    at: event.at,
    note: orNull(event.note),
    attachments: JSON.stringify(event.attachments),
    data: toJson(event.data),
  }
}

export function eventFromRow(row: EventRow): CaseEvent {
  return {
    ...compact({
      id: row.id,
      caseId: row.case_id,
      seq: row.seq,
      action: row.action as CaseEvent['action'],
      toStatus: row.to_status as CaseEvent['toStatus'],
      actorId: row.actor_id,
      actorName: row.actor_name,
      actorRole: row.actor_role as CaseEvent['actorRole'],
      at: row.at,
      note: row.note ?? undefined,
      attachments: fromJson<Attachment[]>(row.attachments) ?? [],
      data: fromJson<Record<string, unknown>>(row.data),
    }),
    fromStatus: row.from_status as CaseEvent['fromStatus'],
  }
}

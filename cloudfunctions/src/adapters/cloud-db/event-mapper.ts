// CaseEvent <-> `case_events` document (doc _id = event id).
import type { CaseEvent } from '@core/domain/case'
import type { DocData, StoredDoc } from './database-api'
import { compact } from './doc-helpers'

type EventDoc = Omit<CaseEvent, 'id'> & { _id: string }

export function eventToDoc(event: CaseEvent): DocData {
  return {
    ...compact({
      caseId: event.caseId,
      seq: event.seq,
      action: event.action,
      toStatus: event.toStatus,
      actorId: event.actorId,
      actorName: event.actorName,
      actorRole: event.actorRole,
      at: event.at,
      note: event.note,
      attachments: event.attachments.map((attachment) => compact({ ...attachment })),
      data: event.data,
    }),
    fromStatus: event.fromStatus,
  }
}

export function eventFromDoc(stored: StoredDoc): CaseEvent {
  const doc = stored as unknown as EventDoc
  return {
    ...compact({
      id: doc._id,
      caseId: doc.caseId,
      seq: doc.seq,
      action: doc.action,
      toStatus: doc.toStatus,
      actorId: doc.actorId,
      actorName: doc.actorName,
      actorRole: doc.actorRole,
      at: doc.at,
      note: doc.note,
      attachments: (doc.attachments ?? []).map((attachment) => compact(attachment)),
      data: doc.data,
    }),
    fromStatus: doc.fromStatus ?? null,
  }
}

// Build the timeline event for a change. Events are appended, never rewritten.
import type { Actor } from '../domain/roles'
import type { Attachment, CaseEvent, CaseRecord } from '../domain/case'
import type { CaseStatus } from '../domain/case-status'
import type { CaseAction } from '../domain/transitions'

export function buildEvent(args: {
  id: string
  item: CaseRecord
  seq: number
  action: CaseAction
  from: CaseStatus | null
  actor: Actor
  at: string
  note?: string
  attachments?: Attachment[]
  data?: Record<string, unknown>
}): CaseEvent {
  const event: CaseEvent = {
    id: args.id,
    caseId: args.item.id,
    seq: args.seq,
    action: args.action,
    fromStatus: args.from,
    toStatus: args.item.status,
    actorId: args.actor.userId,
    actorName: args.actor.name,
    actorRole: args.actor.role,
    at: args.at,
    attachments: args.attachments ?? [],
  }
  if (args.note) event.note = args.note
  if (args.data && Object.keys(args.data).length > 0) event.data = args.data
  return event
}

// Every change action and its effect.
import type { ChangeAction } from '../../contracts/case-inputs'
import type { Effect } from './effect'
import * as sort from './sort-effects'
import * as deliberate from './deliberate-effects'
import * as handle from './handle-effects'
import * as review from './review-effects'
import * as supervision from './supervise-effects'

export const EFFECTS: { [A in ChangeAction]: Effect<A> } = {
  triage: sort.triage,
  resolveOnSpot: sort.resolveOnSpot,
  mergeDuplicate: sort.mergeDuplicate,
  refer: sort.refer,
  putOnAgenda: deliberate.putOnAgenda,
  recordDecision: deliberate.recordDecision,
  assign: handle.assign,
  accept: handle.accept,
  progress: handle.progress,
  requestExtension: handle.requestExtension,
  approveExtension: handle.approveExtension,
  denyExtension: handle.denyExtension,
  returnToStaff: handle.returnToStaff,
  complete: handle.complete,
  publish: review.publish,
  rate: review.rate,
  recordFollowUp: review.recordFollowUp,
  supervise: supervision.supervise,
  escalate: supervision.escalate,
  close: supervision.close,
}

// What the statistics need to know about one case, folded from its timeline events (case_events) one at a time. The
// adapters fold each new event in the transaction that stores it; `npm run recount` folds the whole timeline again.
// Only the events (and the case's fixed origin: community, street, channel, grid) are read, never the case's current
// fields, so the two ways always agree.
import type { CaseEvent, Channel, Rating } from './case'
import type { CaseStatus } from './case-status'
import { isInGroup } from './case-status'
import type { CategoryCode } from './category'
import { workingDaysBetween } from './deadlines'
import { WorkCalendar } from './work-calendar'
import { ACCEPT_WITHIN_WORKING_DAYS, shanghaiMonth } from './statistics'

/** Fields of a case that never change after 说事. */
export interface CaseOrigin {
  communityId: string
  streetId: string
  channel: Channel
  gridId?: string
}

export interface UnitFacts {
  /** The latest time the unit was given the case (交办, or 不满意重办 back to it). */
  lastAssignedAt: string
  /** 签收: decided by the unit's first 接收办理. */
  accepted?: 'onTime' | 'late'
  /** The unit's latest 办结 was within the deadline. */
  completedOnTime: boolean
  extensions: number
  returns: number
}

export interface CaseFacts extends CaseOrigin {
  receivedAt: string
  /** Shanghai month of receipt: the bucket every figure of the case is counted in. */
  month: string
  status: CaseStatus
  category?: CategoryCode
  /** The unit holding the case (交办), cleared when it returns it. */
  unitId?: string
  dueAt?: string
  /** The deadline the sweep marked overdue (已超期). */
  overdueDueAt?: string
  /** The latest round of handling finished within its deadline or not; cleared when 不满意 reopens it. */
  completion?: 'onTime' | 'late'
  published: boolean
  /** The latest rating, or 未评价 when it was closed unrated. */
  rating?: Rating | 'unrated'
  /** The unit that had handled the case when it was rated. */
  ratingUnitId?: string
  /** The petitioner's opinion was obtained (in the app or by 回访). */
  reached: boolean
  /** A worker recorded a rating by 回访. */
  followedUp: boolean
  reopened: boolean
  /** Working days from receipt to 结案 (closed status only). */
  closeDays?: number
  units: Record<string, UnitFacts>
}

const CALENDAR = new WorkCalendar()
const REOPEN_ACTIONS = new Set(['rateUnsatisfied', 'rateUnsatisfiedRetriage', 'followUpUnsatisfied', 'followUpUnsatisfiedRetriage'])
const FOLLOW_UP_ACTIONS = new Set(['recordFollowUp', 'followUpUnsatisfied', 'followUpUnsatisfiedRetriage'])

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/** Open, held by a unit, and past the deadline the sweep marked (the same deadline: an extension or a return clears it). */
export function isOverdueOpen(facts: CaseFacts): boolean {
  return !!facts.overdueDueAt && facts.overdueDueAt === facts.dueAt && !!facts.unitId && isInGroup(facts.status, 'handling')
}

function unit(facts: CaseFacts, unitId: string | undefined): UnitFacts | undefined {
  return unitId ? facts.units[unitId] : undefined
}

function finish(facts: CaseFacts, at: string): void {
  facts.completion = !facts.dueAt || at <= facts.dueAt ? 'onTime' : 'late'
  const holder = unit(facts, facts.unitId)
  if (holder) holder.completedOnTime = facts.completion === 'onTime'
}

function rated(facts: CaseFacts, event: CaseEvent): void {
  const value = text(event.data?.rating) as Rating | undefined
  facts.rating = value ?? (REOPEN_ACTIONS.has(event.action) ? 'unsatisfied' : facts.rating)
  facts.ratingUnitId = facts.unitId
  facts.reached = true
  if (FOLLOW_UP_ACTIONS.has(event.action)) facts.followedUp = true
  if (!REOPEN_ACTIONS.has(event.action)) return
  facts.reopened = true
  facts.completion = undefined
  facts.dueAt = text(event.data?.dueAt)
  const holder = unit(facts, facts.unitId)
  if (holder && facts.dueAt) holder.lastAssignedAt = event.at
}

/** The facts after `event`. `previous` is undefined only for the first event (说事), which needs the case's origin. */
export function foldEvent(previous: CaseFacts | undefined, event: CaseEvent, origin: CaseOrigin): CaseFacts {
  const facts: CaseFacts = previous
    ? { ...previous, units: Object.fromEntries(Object.entries(previous.units).map(([id, u]) => [id, { ...u }])) }
    : { ...originOf(origin), receivedAt: event.at, month: shanghaiMonth(event.at), status: event.toStatus, published: false, reached: false, followedUp: false, reopened: false, units: {} }
  facts.status = event.toStatus
  const data = event.data ?? {}
  switch (event.action) {
    case 'triage':
      facts.category = (text(data.category) as CategoryCode | undefined) ?? facts.category
      break
    case 'assign': {
      const unitId = text(data.unitId)
      if (!unitId) break
      facts.unitId = unitId
      facts.dueAt = text(data.dueAt)
      const known = facts.units[unitId]
      facts.units[unitId] = known ? { ...known, lastAssignedAt: event.at } : { lastAssignedAt: event.at, completedOnTime: false, extensions: 0, returns: 0 }
      break
    }
    case 'accept': {
      const holder = unit(facts, facts.unitId)
      if (holder && !holder.accepted) holder.accepted = workingDaysBetween(holder.lastAssignedAt, event.at, CALENDAR) <= ACCEPT_WITHIN_WORKING_DAYS ? 'onTime' : 'late'
      break
    }
    case 'requestExtension': {
      const holder = unit(facts, facts.unitId)
      if (holder) holder.extensions += 1
      break
    }
    case 'approveExtension':
      facts.dueAt = text(data.dueAt) ?? facts.dueAt
      break
    case 'returnToStaff': {
      const holder = unit(facts, text(data.unitId) ?? facts.unitId)
      if (holder) holder.returns += 1
      facts.unitId = undefined
      facts.dueAt = undefined
      break
    }
    case 'complete':
    case 'resolveOnSpot':
      finish(facts, event.at)
      break
    case 'publish':
      facts.published = true
      break
    case 'rate':
    case 'recordFollowUp':
    case 'rateUnsatisfied':
    case 'rateUnsatisfiedRetriage':
    case 'followUpUnsatisfied':
    case 'followUpUnsatisfiedRetriage':
      rated(facts, event)
      break
    case 'closeUnrated':
      facts.rating = 'unrated'
      facts.ratingUnitId = facts.unitId
      break
    case 'markOverdue':
      facts.overdueDueAt = text(data.dueAt) ?? facts.dueAt
      break
    default:
      break
  }
  if (event.toStatus === 'closed' && facts.closeDays === undefined) facts.closeDays = workingDaysBetween(facts.receivedAt, event.at, CALENDAR)
  return dropUndefined(facts)
}

function originOf(origin: CaseOrigin): CaseOrigin {
  return origin.gridId ? { communityId: origin.communityId, streetId: origin.streetId, channel: origin.channel, gridId: origin.gridId } : { communityId: origin.communityId, streetId: origin.streetId, channel: origin.channel }
}

/** Stored facts compare equal whichever adapter or path wrote them: no undefined fields. */
function dropUndefined(facts: CaseFacts): CaseFacts {
  for (const key of Object.keys(facts) as Array<keyof CaseFacts>) if (facts[key] === undefined) delete facts[key]
  return facts
}

/** A case's facts begin with its 说事 event; a timeline without one (data loaded around the workflow) counts nothing. */
export function startsFacts(event: CaseEvent): boolean {
  return event.action === 'submit'
}

/** The facts of a whole timeline (oldest event first). */
export function foldTimeline(events: readonly CaseEvent[], origin: CaseOrigin): CaseFacts | undefined {
  let facts: CaseFacts | undefined
  for (const event of events) if (facts || startsFacts(event)) facts = foldEvent(facts, event, origin)
  return facts
}

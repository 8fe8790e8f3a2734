// Who may do what to which case: role from the transition table, plus the actor's scope.
import type { Actor } from './roles'
import type { CaseRecord } from './case'
import type { CaseAction } from './transitions'
import { CASE_ACTIONS, findTransition } from './transitions'

type ScopedCase = Pick<CaseRecord, 'status' | 'streetId' | 'communityId' | 'gridId' | 'unitId' | 'petitioner' | 'submittedBy'>

/** Is the case within the actor's area of responsibility? */
export function inScope(actor: Actor, item: Omit<ScopedCase, 'status'>): boolean {
  switch (actor.role) {
    case 'system':
      return true
    case 'admin':
      return actor.streetId === item.streetId
    case 'staff':
    case 'supervisor':
      return actor.communityId === item.communityId
    case 'gridWorker':
      return actor.communityId === item.communityId && !!item.gridId && (actor.gridIds ?? []).includes(item.gridId)
    case 'handler':
      return !!actor.unitId && actor.unitId === item.unitId
    case 'resident':
      return item.petitioner.userId === actor.userId
  }
}

/** May the actor do `action` on the case now? Pure: status, role and scope. */
export function can(actor: Actor, action: CaseAction, item: ScopedCase): boolean {
  const transition = findTransition(item.status, action)
  if (!transition || !transition.roles.includes(actor.role)) return false
  return inScope(actor, item)
}

/** 回访 actions: a worker records the rating of a petitioner who has no app account. */
export const FOLLOW_UP_ACTIONS: readonly CaseAction[] = ['recordFollowUp', 'followUpUnsatisfied', 'followUpUnsatisfiedRetriage']

/** Is the result rated by 回访? Only when the petitioner has no app account; one who has rates it in the app. */
export function ratedByFollowUp(item: Pick<CaseRecord, 'petitioner'>): boolean {
  return !item.petitioner.userId
}

/** The actions to offer the actor on the case now (its buttons): what `can` allows, 回访 only where it applies. */
export function offeredActions(actor: Actor, item: ScopedCase): CaseAction[] {
  return CASE_ACTIONS.filter(
    (action) => action !== 'submit' && can(actor, action, item) && (ratedByFollowUp(item) || !FOLLOW_UP_ACTIONS.includes(action)),
  )
}

/** May the actor open the case and its timeline? */
export function canView(actor: Actor, item: Omit<ScopedCase, 'status'>): boolean {
  if (inScope(actor, item)) return true
  // Grid workers also see what they typed in for a resident.
  return item.submittedBy === actor.userId
}

/** Does the actor handle the case (and so see personal data unmasked)? */
export function handlesCase(actor: Actor, item: Omit<ScopedCase, 'status'>): boolean {
  return actor.role !== 'supervisor' && canView(actor, item)
}

/** May the actor create a case in this community through this channel? */
export function canSubmit(actor: Actor, communityId: string, channel: CaseRecord['channel']): boolean {
  switch (actor.role) {
    case 'resident':
      return channel === 'self' && actor.communityId === communityId
    case 'gridWorker':
      return channel === 'doorToDoor' && actor.communityId === communityId
    case 'staff':
      return ['phone', 'walkIn', 'suggestionBox'].includes(channel) && actor.communityId === communityId
    case 'admin':
      return ['phone', 'walkIn', 'suggestionBox'].includes(channel)
    default:
      return false
  }
}

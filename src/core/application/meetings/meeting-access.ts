// Who may open a meeting and run an action on it: the role from MEETING_ACTION_ROLES, then the scope — organisers
// and readers by community (admins by street); residents and handlers only as participants or petitioners of an item.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Meeting } from '../../domain/meeting'
import { MEETING_ACTION_ROLES } from '../../domain/meeting-status'
import type { MeetingAction } from '../../contracts/meeting-inputs'
import { fail, ok, type Result } from '../../contracts/result'

/** Is the meeting in the actor's community (admins: street)? */
export function meetingInScope(actor: Actor, meeting: Pick<Meeting, 'streetId' | 'communityId'>): boolean {
  if (actor.role === 'admin') return actor.streetId === meeting.streetId
  if (['staff', 'supervisor', 'gridWorker'].includes(actor.role)) return actor.communityId === meeting.communityId
  return false
}

/** Does the actor organise meetings of this community (sees names, phones and the check-in code)? */
export function organises(actor: Actor, meeting: Pick<Meeting, 'streetId' | 'communityId'>): boolean {
  return (actor.role === 'staff' || actor.role === 'admin') && meetingInScope(actor, meeting)
}

/** The actor's entry on the participant list (by account, or a handler by unit). */
export function participantOf(actor: Actor, meeting: Meeting) {
  return meeting.participants.find((p) => (p.userId && p.userId === actor.userId) || (actor.role === 'handler' && p.unitId && p.unitId === actor.unitId))
}

async function mayRead(deps: Deps, actor: Actor, meeting: Meeting): Promise<boolean> {
  if (meetingInScope(actor, meeting) || participantOf(actor, meeting)) return true
  if (actor.role !== 'resident') return false
  for (const item of meeting.items) {
    if (item.kind !== 'case') continue
    const found = await deps.repos.cases.get(item.caseId)
    if (found?.petitioner.userId === actor.userId) return true
  }
  return false
}

export function allowedRole(actor: Actor, action: MeetingAction): boolean {
  return (MEETING_ACTION_ROLES[action] ?? []).includes(actor.role)
}

/** The meeting, when the actor's role may run `action` and the meeting is theirs to see (organisers: to change). */
export async function openMeeting(deps: Deps, actor: Actor, meetingId: string, action: MeetingAction): Promise<Result<Meeting>> {
  if (!allowedRole(actor, action)) return fail('FORBIDDEN')
  const meeting = await deps.repos.meetings.get(meetingId)
  if (!meeting || !(await mayRead(deps, actor, meeting))) return fail('NOT_FOUND', '找不到这个议事会，或它不在您的管辖范围内', 'meetingId')
  const organiserAction = MEETING_ACTION_ROLES[action].every((role) => role === 'staff' || role === 'admin')
  if (organiserAction && !organises(actor, meeting)) return fail('FORBIDDEN', '这个议事会不在您的管辖范围内')
  return ok(meeting)
}

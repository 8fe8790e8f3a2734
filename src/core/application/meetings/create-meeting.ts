// Schedule a meeting (议事会, 逢五说事 or 定题说事). Staff of the community, admins of the street (naming the community).
// Errors: FORBIDDEN, INVALID_INPUT (a time already past), NOT_FOUND (community or host).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { MEETING_KIND_LABELS, meetingDayLabel, meetingStartsAt, type Meeting } from '../../domain/meeting'
import { stableId } from '../../domain/stable-id'
import type { MeetingInputs } from '../../contracts/meeting-inputs'
import { fail, ok, type Result } from '../../contracts/result'
import { allowedRole } from './meeting-access'

/** A short code for self check-in (6 digits), derived from the meeting id. */
export function checkInCodeFor(meetingId: string): string {
  return String(parseInt(stableId('checkin', meetingId).slice(-8), 16) % 1_000_000).padStart(6, '0')
}

/** Is the start still ahead? A meeting is never scheduled in the past. */
export function checkNotPast(deps: Deps, date: string, time: string): Result<true> {
  if (meetingStartsAt(date, time) < deps.clock.now().toISOString()) return fail('INVALID_INPUT', '议事时间不能早于现在', 'date')
  return ok(true)
}

/** The host: a staff member of the community (the caller by default). */
export async function hostFor(deps: Deps, actor: Actor, communityId: string, hostId?: string): Promise<Result<{ hostId: string; hostName: string }>> {
  if (!hostId || hostId === actor.userId) return ok({ hostId: actor.userId, hostName: actor.name })
  const host = await deps.repos.users.get(hostId)
  if (!host || host.communityId !== communityId || host.role !== 'staff') return fail('NOT_FOUND', '找不到这位主持人', 'hostId')
  return ok({ hostId: host.id, hostName: host.name })
}

export async function createMeeting(deps: Deps, actor: Actor, input: MeetingInputs['createMeeting']): Promise<Result<Meeting>> {
  if (!allowedRole(actor, 'createMeeting')) return fail('FORBIDDEN')
  const communityId = actor.role === 'admin' ? input.communityId : actor.communityId
  const community = communityId ? await deps.repos.directory.getCommunity(communityId) : undefined
  if (!community || community.streetId !== actor.streetId) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  const notPast = checkNotPast(deps, input.date, input.time)
  if (!notPast.ok) return notPast
  const host = await hostFor(deps, actor, community.id, input.hostId)
  if (!host.ok) return host
  // ≤ 26 characters, so that the check-in code's scene (id + 6 digits) fits WeChat's 32.
  const id = deps.ids.next().slice(0, 24)
  const now = deps.clock.now().toISOString()
  const meeting: Meeting = {
    id,
    streetId: community.streetId,
    communityId: community.id,
    kind: input.kind,
    title: input.title ?? `${meetingDayLabel(input.date)}${MEETING_KIND_LABELS[input.kind]}`,
    date: input.date,
    time: input.time,
    place: input.place,
    ...host.value,
    status: 'planned',
    checkInCode: checkInCodeFor(id),
    participants: [],
    items: [],
    version: 1,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  }
  await deps.repos.meetings.create(meeting)
  return ok(meeting)
}

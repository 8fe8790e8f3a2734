// A meeting as the caller sees it: labels, the case items' status now, the units' names; names and phones of
// participants masked for whoever does not organise it (a participant sees their own entry), the check-in code
// for organisers only, and the actions the caller may take now.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { MEETING_KIND_LABELS, PARTICIPANT_PART_LABELS, type Meeting } from '../../domain/meeting'
import { MEETING_STATUS_LABELS, meetingChangeAllowed, type MeetingChange } from '../../domain/meeting-status'
import { STATUS_LABELS } from '../../domain/case-status'
import { maskName } from '../../domain/masking'
import type { MeetingSummary, MeetingView } from '../../contracts/meeting-views'
import { organises, participantOf } from './meeting-access'

const ORGANISER_ACTIONS: Array<[string, MeetingChange]> = [
  ['updateMeeting', 'update'],
  ['cancelMeeting', 'cancel'],
  ['addParticipant', 'editParticipants'],
  ['removeParticipant', 'editParticipants'],
  ['addAgendaItem', 'editAgenda'],
  ['recordAttendance', 'recordAttendance'],
  ['markHeld', 'markHeld'],
  ['recordMinutes', 'recordMinutes'],
  ['publishMinutes', 'publishMinutes'],
]

export function summarizeMeeting(meeting: Meeting): MeetingSummary {
  return {
    id: meeting.id,
    kind: meeting.kind,
    kindLabel: MEETING_KIND_LABELS[meeting.kind],
    title: meeting.title,
    date: meeting.date,
    time: meeting.time,
    place: meeting.place,
    ...(meeting.hostName ? { hostName: meeting.hostName } : {}),
    status: meeting.status,
    statusLabel: MEETING_STATUS_LABELS[meeting.status],
    participantCount: meeting.participants.length,
    itemCount: meeting.items.length,
    decidedCount: meeting.items.filter((i) => i.minutes).length,
  }
}

async function picture(deps: Deps, meeting: Meeting): Promise<{ checkInPicture?: string }> {
  const url = await deps.checkInCodes!.pictureFor(meeting.id, meeting.checkInCode)
  return url ? { checkInPicture: url } : {}
}

export async function presentMeeting(deps: Deps, actor: Actor, meeting: Meeting): Promise<MeetingView> {
  const organiser = organises(actor, meeting)
  // A meeting with cases on its agenda is moved, not cancelled (cancel-meeting.ts).
  const hasCases = meeting.items.some((i) => i.kind === 'case')
  const self = participantOf(actor, meeting)
  const { checkInCode, ...rest } = meeting
  const units = new Map<string, string>()
  for (const unitId of new Set(meeting.items.flatMap((i) => i.minutes?.unitIds ?? []))) units.set(unitId, (await deps.repos.directory.getUnit(unitId))?.name ?? '')
  const items = []
  for (const item of meeting.items) {
    const found = item.kind === 'case' ? await deps.repos.cases.get(item.caseId) : undefined
    items.push({
      ...item,
      ...(found ? { caseStatusLabel: STATUS_LABELS[found.status], ...(found.dueAt && item.minutes ? { dueAt: found.dueAt } : {}) } : {}),
      ...(item.minutes ? { unitNames: item.minutes.unitIds.map((id) => units.get(id) ?? '') } : {}),
    })
  }
  return {
    ...rest,
    kindLabel: MEETING_KIND_LABELS[meeting.kind],
    statusLabel: MEETING_STATUS_LABELS[meeting.status],
    participants: meeting.participants.map((p) => {
      const shown = organiser || p.id === self?.id ? p : { ...p, name: maskName(p.name), phone: undefined }
      return { ...shown, partLabel: PARTICIPANT_PART_LABELS[p.part] }
    }),
    items,
    ...(organiser ? { checkInCode } : {}),
    ...(organiser && deps.checkInCodes && meetingChangeAllowed('checkIn', meeting.status) ? await picture(deps, meeting) : {}),
    allowedActions: organiser
      ? ORGANISER_ACTIONS.filter(([action, change]) => meetingChangeAllowed(change, meeting.status) && !(action === 'cancelMeeting' && hasCases)).map(([action]) => action)
      : [],
    mayCheckIn: !!self && self.attendance !== 'present' && meetingChangeAllowed('checkIn', meeting.status),
  }
}

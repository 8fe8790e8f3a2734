// 议事会: a meeting (逢五说事, roundtable, 定题说事) with its participants, agenda items and minutes; its dates as residents
// read them, and as the instant a subscription template's time keyword shows.
import type { Level } from './case'
import type { MeetingStatus } from './meeting-status'

/** '2026-12-15' → '12月15日'. */
export function meetingDayLabel(date: string): string {
  const [, month, day] = date.split('-').map(Number)
  return `${month}月${day}日`
}

/** The meeting's date as an instant for templates: 09:00 Beijing that day (the date is what they show). */
export function meetingInstant(date: string): string {
  return `${date}T01:00:00.000Z`
}

export const MEETING_KINDS = ['reception', 'roundtable', 'topic'] as const
export type MeetingKind = (typeof MEETING_KINDS)[number]
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  reception: '逢五说事',
  roundtable: '议事会',
  topic: '定题说事',
}

/** 参会身份: who sits at the table. */
export const PARTICIPANT_PARTS = ['committee', 'deputy', 'residentRepresentative', 'unitRepresentative', 'expert', 'partyConcerned', 'gridWorker'] as const
export type ParticipantPart = (typeof PARTICIPANT_PARTS)[number]
export const PARTICIPANT_PART_LABELS: Record<ParticipantPart, string> = {
  committee: '社区两委成员',
  deputy: '两代表一委员',
  residentRepresentative: '居民代表',
  unitRepresentative: '单位代表',
  expert: '专家',
  partyConcerned: '当事人',
  gridWorker: '网格员',
}

export const ATTENDANCE = ['present', 'absent'] as const
export type Attendance = (typeof ATTENDANCE)[number]
export const ATTENDANCE_LABELS: Record<Attendance, string> = { present: '已到', absent: '缺席' }

export interface Participant {
  id: string
  part: ParticipantPart
  name: string
  /** The app account, when the participant has one (they may then check in themselves and hear reminders). */
  userId?: string
  unitId?: string
  phone?: string
  attendance?: Attendance
  /** staff: ticked on the attendance sheet; self: checked in with the meeting's code. */
  checkedInBy?: 'staff' | 'self'
  checkedInAt?: string
}

/** 议事决议 of one item: the solution and measures, who does it, by when (working days), at which level. */
export interface ItemMinutes {
  summary: string
  decision: string
  unitIds: string[]
  workingDays?: number
  level?: Level
  recordedAt: string
  recordedBy: string
}

export type AgendaSubject =
  | { kind: 'case'; caseId: string; caseNo: string; title: string }
  | { kind: 'topic'; topicId: string; title: string }
  | { kind: 'free'; title: string }

export type AgendaItem = AgendaSubject & { id: string; minutes?: ItemMinutes }

export interface Meeting {
  id: string
  streetId: string
  communityId: string
  kind: MeetingKind
  title: string
  /** Asia/Shanghai calendar date and time of day. */
  date: string
  time: string
  place: string
  hostId?: string
  hostName?: string
  status: MeetingStatus
  cancelReason?: string
  /** Short code participants type (locally) or that the meeting's mini-program code carries (WeChat scene). */
  checkInCode: string
  participants: Participant[]
  items: AgendaItem[]
  version: number
  createdBy: string
  createdAt: string
  updatedAt: string
  heldAt?: string
  publishedAt?: string
}

/** '2026-12-15' + '14:30' → the UTC instant (Beijing is UTC+8 all year). */
export function meetingStartsAt(date: string, time: string): string {
  const [hour, minute] = time.split(':').map(Number)
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour - 8, minute)).toISOString()
}

/** Items still without minutes. */
export function undecidedItems(meeting: Pick<Meeting, 'items'>): AgendaItem[] {
  return meeting.items.filter((item) => !item.minutes)
}

// What the `meetings` function answers about meetings: the list card, the meeting page, the board's minutes.
import type { AgendaItem, Meeting, Participant } from '../domain/meeting'

/** A meeting in a list: what a card shows. */
export interface MeetingSummary {
  id: string
  kind: Meeting['kind']
  kindLabel: string
  title: string
  date: string
  time: string
  place: string
  hostName?: string
  status: Meeting['status']
  statusLabel: string
  participantCount: number
  itemCount: number
  decidedCount: number
}

export interface MeetingList {
  items: MeetingSummary[]
  nextCursor?: string
}

export type AgendaItemView = AgendaItem & {
  /** Case items: the case's status now, as the caller may see it. */
  caseStatusLabel?: string
  unitNames?: string[]
  /** When the decision names a deadline: the working-day deadline the case got. */
  dueAt?: string
}

/** The meeting page: details, participants (masked for whoever does not organise it), agenda and minutes. */
export interface MeetingView extends Omit<Meeting, 'checkInCode' | 'items' | 'participants'> {
  kindLabel: string
  statusLabel: string
  participants: Array<Participant & { partLabel: string }>
  items: AgendaItemView[]
  /** Organisers only: the code participants check in with (locally typed; on WeChat the mini-program code's scene). */
  checkInCode?: string
  /** Organisers, on WeChat: the mini-program code to scan (a data: URL). */
  checkInPicture?: string
  /** What the caller may do now (buttons). */
  allowedActions: string[]
  /** The caller is on the participant list and has not checked in yet. */
  mayCheckIn: boolean
}

/** 公示栏: a meeting's published minutes, personal data masked. */
export interface BoardMinutes {
  id: string
  kindLabel: string
  title: string
  date: string
  place: string
  attendance: { present: number; absent: number }
  items: Array<{ title: string; decision: string; unitNames: string[]; workingDays?: number }>
  publishedAt: string
}

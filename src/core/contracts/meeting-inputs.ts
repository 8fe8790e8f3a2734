// Input schemas of the meeting actions (议事会), shared by the client's forms and the `meetings` function.
import { LEVELS, type Level } from '../domain/case'
import { ATTENDANCE, MEETING_KINDS, PARTICIPANT_PARTS, type Attendance, type MeetingKind, type ParticipantPart } from '../domain/meeting'
import { LIMITS } from './functions'
import { date, id, integer, list, oneOf, text, type Rule, type Schema } from './validation'

/** HH:mm, 24-hour. */
export function timeOfDay(label: string, opts: { optional?: boolean } = {}): Rule {
  return (value) => {
    if (value === undefined || value === null || value === '') return opts.optional ? { value: undefined } : { error: `请填写${label}` }
    if (typeof value !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) return { error: `${label}应为时间，如 14:30` }
    return { value }
  }
}

const meetingId = { meetingId: id('议事会') }
const page = {
  cursor: text('翻页位置', { max: 200, optional: true }),
  limit: integer('每页条数', { min: 1, max: LIMITS.maxPageSize, optional: true }),
}
export const MEETING_VIEWS = ['upcoming', 'held', 'minuted', 'cancelled'] as const
export type MeetingListView = (typeof MEETING_VIEWS)[number]

export const MEETING_SCHEMAS = {
  createMeeting: {
    kind: oneOf('议事类型', MEETING_KINDS),
    title: text('议事会名称', { max: 40, optional: true }),
    date: date('议事日期'),
    time: timeOfDay('议事时间'),
    place: text('议事地点', { max: 40 }),
    hostId: id('主持人', { optional: true }),
    communityId: id('社区', { optional: true }),
  },
  updateMeeting: {
    ...meetingId,
    title: text('议事会名称', { max: 40, optional: true }),
    date: date('议事日期', { optional: true }),
    time: timeOfDay('议事时间', { optional: true }),
    place: text('议事地点', { max: 40, optional: true }),
    hostId: id('主持人', { optional: true }),
  },
  cancelMeeting: { ...meetingId, reason: text('取消原因', { min: 2, max: 200 }) },
  listMeetings: { view: oneOf('列表', MEETING_VIEWS), ...page },
  getMeeting: meetingId,
  addParticipant: {
    ...meetingId,
    part: oneOf('参会身份', PARTICIPANT_PARTS),
    name: text('姓名', { max: 20 }),
    userId: id('用户', { optional: true }),
    unitId: id('单位', { optional: true }),
    phone: text('电话', { max: 20, optional: true }),
  },
  removeParticipant: { ...meetingId, participantId: id('参会人') },
  addAgendaItem: {
    ...meetingId,
    kind: oneOf('议题类型', ['case', 'topic', 'free'] as const),
    caseId: id('事项', { optional: true }),
    topicId: id('议题', { optional: true }),
    title: text('议题', { max: 60, optional: true }),
  },
  recordAttendance: { ...meetingId, participantId: id('参会人'), attendance: oneOf('出席情况', ATTENDANCE) },
  checkIn: { ...meetingId, code: text('签到码', { min: 4, max: 8 }) },
  recordMinutes: {
    ...meetingId,
    itemId: id('议题'),
    summary: text('讨论情况', { max: LIMITS.note }),
    decision: text('议事决议（解决方案和措施）', { max: LIMITS.note }),
    unitIds: list('承办单位', id('承办单位'), { max: 5 }),
    workingDays: integer('办理时限（工作日）', { min: 1, max: 60, optional: true }),
    level: oneOf('办理层级', LEVELS, { optional: true }),
  },
  markHeld: meetingId,
  publishMinutes: meetingId,
  listBoardMinutes: { communityId: id('社区'), ...page },
} satisfies Record<string, Schema>

export type MeetingAction = keyof typeof MEETING_SCHEMAS

export interface MeetingInputs {
  createMeeting: { kind: MeetingKind; title?: string; date: string; time: string; place: string; hostId?: string; communityId?: string }
  updateMeeting: { meetingId: string; title?: string; date?: string; time?: string; place?: string; hostId?: string }
  cancelMeeting: { meetingId: string; reason: string }
  listMeetings: { view: MeetingListView; cursor?: string; limit?: number }
  getMeeting: { meetingId: string }
  addParticipant: { meetingId: string; part: ParticipantPart; name: string; userId?: string; unitId?: string; phone?: string }
  removeParticipant: { meetingId: string; participantId: string }
  addAgendaItem: { meetingId: string; kind: 'case' | 'topic' | 'free'; caseId?: string; topicId?: string; title?: string }
  recordAttendance: { meetingId: string; participantId: string; attendance: Attendance }
  checkIn: { meetingId: string; code: string }
  recordMinutes: { meetingId: string; itemId: string; summary: string; decision: string; unitIds: string[]; workingDays?: number; level?: Level }
  markHeld: { meetingId: string }
  publishMinutes: { meetingId: string }
  listBoardMinutes: { communityId: string; cursor?: string; limit?: number }
}

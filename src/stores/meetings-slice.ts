// 议事会 in the app: the meetings list by view (upcoming, held, minuted), the meeting open on the meeting page, and
// each change to it (participants, agenda, attendance, check-in, minutes, held, publish) sent to the meetings function.
import type { StateCreator } from 'zustand'
import type { FunctionResponse } from '@core/contracts/result'
import type { MeetingListView } from '@core/contracts/meeting-inputs'
import type { BoardMinutes, MeetingList, MeetingSummary, MeetingView } from '@core/contracts/meeting-views'
import type { TopicSummary, TopicView } from '@core/contracts/topic-views'
import type { ShuoshiState, StoreDeps } from './types'

type Middlewares = [['zustand/persist', unknown]]

export interface MeetingListState {
  view: MeetingListView
  items: MeetingSummary[]
  nextCursor?: string
  loading: boolean
  loaded: boolean
  error?: string
}

export interface OpenMeetingState {
  id?: string
  view?: MeetingView
  loading: boolean
  /** The action being sent, e.g. 'recordMinutes'. */
  busy?: string
  error?: string
  /** The action whose failure `error` tells, so that only its form shows it. */
  failed?: string
}

export interface MeetingsSlice {
  meetingList: MeetingListState
  openMeeting: OpenMeetingState
  /** 公示栏: the community's published minutes (the newest few). */
  boardMinutes: BoardMinutes[]
  loadBoardMinutes(): Promise<void>
  loadMeetings(view: MeetingListView, options?: { more?: boolean }): Promise<void>
  loadMeeting(id: string): Promise<void>
  /** Sends a change of the open meeting; the page shows the answer (or its message). */
  changeMeeting(action: string, payload: Record<string, unknown>): Promise<FunctionResponse<MeetingView>>
  createMeeting(input: { kind: string; date: string; time: string; place: string }): Promise<FunctionResponse<MeetingView>>
  /** A topic item of the meeting: the topic with its tally (staff, supervisors, admins see the tally). */
  loadAgendaTopic(topicId: string): Promise<TopicView | undefined>
  /** For 添加定题说事: the community's topics. */
  listTopicsForAgenda(): Promise<TopicSummary[]>
  /** For the 列入议事会 form: the planned meetings ahead. */
  listUpcomingMeetings(): Promise<MeetingSummary[]>
}

export const createMeetingsSlice =
  (deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], MeetingsSlice> =>
  (set, get) => ({
    meetingList: { view: 'upcoming', items: [], loading: false, loaded: false },
    openMeeting: { loading: false },
    boardMinutes: [],

    async loadBoardMinutes() {
      const communityId = get().user?.communityId
      if (!communityId) {
        set({ boardMinutes: [] })
        return
      }
      const answer = await deps.api.callFunction<{ items: BoardMinutes[] }>('meetings', 'listBoardMinutes', { communityId, limit: 5 })
      if (answer.ok) set({ boardMinutes: answer.data.items })
    },

    async loadMeetings(view, options = {}) {
      const list = get().meetingList
      const more = Boolean(options.more) && list.view === view && Boolean(list.nextCursor)
      set({ meetingList: { ...(list.view === view ? list : { items: [], loaded: false }), view, loading: true, error: undefined } })
      const answer = await deps.api.callFunction<MeetingList>('meetings', 'listMeetings', { view, ...(more ? { cursor: list.nextCursor } : {}) })
      if (get().meetingList.view !== view) return
      set((state) => ({
        meetingList: answer.ok
          ? { view, items: more ? [...state.meetingList.items, ...answer.data.items] : answer.data.items, nextCursor: answer.data.nextCursor, loading: false, loaded: true }
          : { ...state.meetingList, loading: false, loaded: true, error: answer.message },
      }))
    },

    async loadMeeting(id) {
      set((state) => ({ openMeeting: { id, view: state.openMeeting.id === id ? state.openMeeting.view : undefined, loading: true } }))
      const answer = await deps.api.callFunction<MeetingView>('meetings', 'getMeeting', { meetingId: id })
      if (get().openMeeting.id !== id) return
      set({ openMeeting: answer.ok ? { id, view: answer.data, loading: false } : { id, loading: false, error: answer.message } })
    },

    async changeMeeting(action, payload) {
      const id = get().openMeeting.id
      set((state) => ({ openMeeting: { ...state.openMeeting, busy: action, error: undefined, failed: undefined } }))
      const answer = await deps.api.callFunction<MeetingView>('meetings', action, { meetingId: id, ...payload })
      set((state) => ({
        openMeeting: answer.ok && state.openMeeting.id === answer.data.id ? { id: answer.data.id, view: answer.data, loading: false } : { ...state.openMeeting, busy: undefined, error: answer.ok ? undefined : answer.message, failed: answer.ok ? undefined : action },
      }))
      return answer
    },

    createMeeting: (input) => deps.api.callFunction<MeetingView>('meetings', 'createMeeting', input),

    async loadAgendaTopic(topicId) {
      const answer = await deps.api.callFunction<TopicView>('meetings', 'getTopic', { topicId })
      return answer.ok ? answer.data : undefined
    },

    async listTopicsForAgenda() {
      const answer = await deps.api.callFunction<{ items: TopicSummary[] }>('meetings', 'listTopics', {})
      return answer.ok ? answer.data.items : []
    },

    async listUpcomingMeetings() {
      const answer = await deps.api.callFunction<MeetingList>('meetings', 'listMeetings', { view: 'upcoming', limit: 20 })
      return answer.ok ? answer.data.items : []
    },
  })

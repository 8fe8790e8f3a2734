// 定题说事 in the app: the caller's topic list (staff all of the community, grid workers their grids, residents the
// open ones for their building), one topic at a time with its tally or the caller's answer, the writes (create,
// open, close, publish, answer: each answer under a client key kept until it succeeds), and the 公示栏's results.
import type { StateCreator } from 'zustand'
import type { FunctionResponse } from '@core/contracts/result'
import type { BoardTopicResult, TopicSummary, TopicView } from '@core/contracts/topic-views'
import type { CreateTopicInput } from '@core/contracts/topic-inputs'
import { newIdempotencyKey } from '@/services/idempotency'
import { subscribeApi } from '@/services/subscribe'
import { askConsent } from './inbox-slice'
import type { ShuoshiState, StoreDeps, SubscribeResult } from './types'

type Middlewares = [['zustand/persist', unknown]]

export interface TopicListState {
  items: TopicSummary[]
  loading: boolean
  loaded: boolean
  error?: string
  /** The user the list was loaded for: a new sign-in never shows the last one's. */
  ownerId?: string
}

export interface TopicResultsState {
  items: BoardTopicResult[]
  loaded: boolean
  error?: string
  communityId?: string
}

export type TopicForm = Omit<CreateTopicInput, 'idempotencyKey'>
export type TopicChange = 'openTopic' | 'closeTopic' | 'publishTopicResult'
export interface TopicAnswerInput { topicId: string; optionId?: string; comment?: string; householdId?: string }

/** Where a topic may ask: the community's grids and buildings (identity.getDirectory, households left out). */
export interface TopicDirectory {
  grids: Array<{ id: string; name: string }>
  buildings: Array<{ id: string; name: string; gridId: string }>
}

export interface TopicsSlice {
  topics: TopicListState
  topicViews: Record<string, TopicView | undefined>
  topicError?: string
  /** A write is on its way. */
  topicBusy: boolean
  /** Chinese message of the last failed write (and the field it names), until the next write. */
  topicWriteError?: { message: string; field?: string }
  topicResults: TopicResultsState
  topicDirectory?: TopicDirectory
  loadTopics(): Promise<void>
  loadTopicDirectory(): Promise<void>
  loadTopic(topicId: string): Promise<void>
  /** Answers the new topic, or undefined (topicWriteError says why). */
  createTopic(form: TopicForm): Promise<TopicView | undefined>
  changeTopic(action: TopicChange, topicId: string, extra?: { summary: string }): Promise<boolean>
  answerTopic(input: TopicAnswerInput): Promise<boolean>
  loadTopicResults(communityId: string): Promise<void>
  /** 有新的定题说事时提醒我: the topicOpened template (call first thing in a tap). */
  subscribeToTopics(): Promise<SubscribeResult>
}

export const TOPIC_SUBSCRIBED = '好了！社区就您这栋楼征求意见时，微信会提醒您。'

const emptyList = (): TopicListState => ({ items: [], loading: false, loaded: false })

export const createTopicsSlice =
  (deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], TopicsSlice> =>
  (set, get) => {
    const call = <T>(action: string, payload: unknown) => deps.api.callFunction<T>('meetings', action, payload)
    /** Keys of writes not yet answered ok: a retry after a lost answer sends the same key. */
    const pendingKeys: Record<string, string> = {}
    const keyFor = (slot: string) => (pendingKeys[slot] ??= newIdempotencyKey('topic'))

    /** Runs a write: busy while it goes, the view kept on success, the message on failure. */
    async function write(run: () => Promise<FunctionResponse<TopicView>>, slot?: string): Promise<TopicView | undefined> {
      set({ topicBusy: true, topicWriteError: undefined })
      const answer = await run()
      if (!answer.ok) {
        set({ topicBusy: false, topicWriteError: { message: answer.message, field: answer.field } })
        return undefined
      }
      if (slot) delete pendingKeys[slot]
      set((state) => ({ topicBusy: false, topicViews: { ...state.topicViews, [answer.data.id]: answer.data } }))
      return answer.data
    }

    return {
      topics: emptyList(),
      topicViews: {},
      topicBusy: false,
      topicResults: { items: [], loaded: false },

      async loadTopics() {
        const ownerId = get().user?.userId
        set((state) => ({ topics: { ...(state.topics.ownerId === ownerId ? state.topics : emptyList()), loading: true, error: undefined, ownerId } }))
        const answer = await call<{ items: TopicSummary[] }>('listTopics', {})
        set((state) => ({
          topics: answer.ok ? { items: answer.data.items, loading: false, loaded: true, ownerId } : { ...state.topics, loading: false, error: answer.message },
        }))
      },

      async loadTopicDirectory() {
        const answer = await deps.api.callFunction<TopicDirectory>('identity', 'getDirectory', {})
        if (answer.ok) {
          set({ topicDirectory: { grids: answer.data.grids.map(({ id, name }) => ({ id, name })), buildings: answer.data.buildings.map(({ id, name, gridId }) => ({ id, name, gridId })) } })
        }
      },

      async loadTopic(topicId) {
        set({ topicError: undefined })
        const answer = await call<TopicView>('getTopic', { topicId })
        set((state) => (answer.ok ? { topicViews: { ...state.topicViews, [topicId]: answer.data } } : { topicError: answer.message }))
      },

      async createTopic(form) {
        const slot = `create:${form.question}`
        return write(() => call<TopicView>('createTopic', { ...form, idempotencyKey: keyFor(slot) }), slot)
      },

      async changeTopic(action, topicId, extra) {
        return (await write(() => call<TopicView>(action, { topicId, ...extra }))) !== undefined
      },

      async answerTopic(input) {
        const slot = `answer:${input.topicId}:${input.householdId ?? 'me'}`
        return (await write(() => call<TopicView>('answerTopic', { ...input, idempotencyKey: keyFor(slot) }), slot)) !== undefined
      },

      subscribeToTopics() {
        const templateId = get().templates?.topicOpened
        return askConsent(deps, deps.subscribe ?? subscribeApi, templateId ? [templateId] : [], () => void get().loadTemplates(), TOPIC_SUBSCRIBED)
      },

      async loadTopicResults(communityId) {
        const answer = await call<{ items: BoardTopicResult[] }>('listTopicResults', { communityId })
        set({ topicResults: answer.ok ? { items: answer.data.items, loaded: true, communityId } : { ...get().topicResults, loaded: true, error: answer.message } })
      },
    }
  }

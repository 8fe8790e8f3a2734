// The caller's cases: the 我要说事 draft and its submission, 我的说事, the work queue and case details.
import type { StateCreator } from 'zustand'
import { SUBMIT_SCHEMA, type SubmitInput } from '@core/contracts/case-inputs'
import { LIMITS } from '@core/contracts/functions'
import { validate } from '@core/contracts/validation'
import type { CaseDetail, CaseList, CaseView } from '@core/contracts/views'
import { newIdempotencyKey } from '@/services/idempotency'
import type { CaseListState, CasesSlice, Draft, ShuoshiState, StoreDeps } from './types'

type Middlewares = [['zustand/persist', unknown]]

const emptyList = (): CaseListState => ({ items: [], loading: false, loaded: false })
export const newDraft = (): Draft => ({ text: '', idempotencyKey: newIdempotencyKey('draft') })

/** Appends a page, dropping cases already listed (a case can move while the user pages). */
function merge(previous: CaseView[], page: CaseView[]): CaseView[] {
  const seen = new Set(previous.map((item) => item.id))
  return [...previous, ...page.filter((item) => !seen.has(item.id))]
}

export const createCasesSlice =
  (deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], CasesSlice> =>
  (set, get) => ({
    draft: newDraft(),
    submitting: false,
    mine: emptyList(),
    queueGroup: 'open',
    queue: emptyList(),
    details: {},

    setDraftText(text) {
      set((state) => ({ draft: { ...state.draft, text }, submitError: undefined }))
    },

    async submitDraft() {
      const { draft, user, submitting } = get()
      if (submitting) return undefined
      if (!user?.communityId) {
        set({ submitError: user ? '您的账号没有所属社区，请到社区说事厅当面说事' : '请先登录' })
        return undefined
      }
      const input: SubmitInput = {
        communityId: user.communityId,
        text: draft.text,
        channel: 'self',
        attachments: [],
        anonymous: false,
        idempotencyKey: draft.idempotencyKey,
      }
      const checked = validate<SubmitInput>(SUBMIT_SCHEMA, input)
      if (!checked.ok) {
        set({ submitError: checked.message })
        return undefined
      }
      set({ submitting: true, submitError: undefined })
      // The same key goes out on every retry of this draft, so the server never makes a second case.
      const answer = await deps.api.callFunction<CaseView>('cases', 'submit', checked.value)
      if (!answer.ok) {
        set({ submitting: false, submitError: answer.message })
        return undefined
      }
      set((state) => ({
        submitting: false,
        draft: newDraft(),
        mine: { ...state.mine, items: merge([answer.data], state.mine.items) },
      }))
      return answer.data
    },

    async loadMine(options = {}) {
      const { mine } = get()
      if (mine.loading) return
      set({ mine: { ...mine, loading: true, error: undefined } })
      const cursor = options.more ? mine.nextCursor : undefined
      const answer = await deps.api.callFunction<CaseList>('cases', 'listMine', { cursor, limit: LIMITS.pageSize })
      set((state) => ({
        mine: answer.ok
          ? { items: options.more ? merge(state.mine.items, answer.data.items) : answer.data.items, nextCursor: answer.data.nextCursor, loading: false, loaded: true }
          : { ...state.mine, loading: false, error: answer.message },
      }))
    },

    async loadQueue(options = {}) {
      const group = options.group ?? get().queueGroup
      const { queue, queueGroup } = get()
      const more = Boolean(options.more) && group === queueGroup
      if (queue.loading && group === queueGroup) return
      set({ queueGroup: group, queue: more ? { ...queue, loading: true, error: undefined } : { ...emptyList(), loading: true } })
      const cursor = more ? queue.nextCursor : undefined
      const answer = await deps.api.callFunction<CaseList>('cases', 'listQueue', { group, cursor, limit: LIMITS.pageSize })
      if (get().queueGroup !== group) return // the user switched tabs meanwhile
      set((state) => ({
        queue: answer.ok
          ? { items: more ? merge(state.queue.items, answer.data.items) : answer.data.items, nextCursor: answer.data.nextCursor, loading: false, loaded: true }
          : { ...state.queue, loading: false, error: answer.message },
      }))
    },

    async loadCase(caseId) {
      set({ detailError: undefined })
      const answer = await deps.api.callFunction<CaseDetail>('cases', 'get', { caseId })
      if (answer.ok) set((state) => ({ details: { ...state.details, [caseId]: answer.data } }))
      else set({ detailError: answer.message })
    },

    resetCases() {
      set({ draft: newDraft(), submitError: undefined, mine: emptyList(), queue: emptyList(), details: {}, detailError: undefined })
    },
  })

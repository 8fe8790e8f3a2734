// The caller's cases: the 我要说事 draft and its submission, 我的说事, the work queue and case details.
import type { StateCreator } from 'zustand'
import { SUBMIT_SCHEMA, type SubmitInput } from '@core/contracts/case-inputs'
import { LIMITS } from '@core/contracts/functions'
import { validate } from '@core/contracts/validation'
import type { CaseDetail, CaseList, CaseView } from '@core/contracts/views'
import { newIdempotencyKey } from '@/services/idempotency'
import { RATING_LABELS } from '@core/domain/case'
import type { CaseListState, CasesSlice, Draft, RateState, ShuoshiState, StoreDeps } from './types'

type Middlewares = [['zustand/persist', unknown]]

const emptyList = (): CaseListState => ({ items: [], loading: false, loaded: false })
const idleRate = (): RateState => ({ submitting: false })

/** Said after a rating is saved: an unsatisfied one sends the case back to the unit. */
export const RATE_DONE = {
  kept: (label: string) => `感谢您的评价（${label}）！`,
  reopened: '收到您的意见，这件事已重新交给承办单位办理，办好后会再请您评价。',
  stale: '这件事刚有了新进展，已为您刷新，请看一看再评价。',
} as const
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
    rate: idleRate(),

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

    async rateCase(caseId, rating, comment) {
      const detail = get().details[caseId]
      if (!detail || get().rate.submitting) return false
      set({ rate: { caseId, submitting: true } })
      const trimmed = comment?.trim()
      const answer = await deps.api.callFunction<CaseView>('cases', 'rate', {
        caseId,
        version: detail.case.version,
        rating,
        ...(trimmed ? { comment: trimmed } : {}),
      })
      if (!answer.ok) {
        if (answer.code === 'STALE_VERSION') {
          await get().loadCase(caseId)
          set({ rate: { caseId, submitting: false, error: RATE_DONE.stale } })
        } else {
          set({ rate: { caseId, submitting: false, error: answer.message } })
        }
        return false
      }
      const done = answer.data.status === 'rated' || answer.data.status === 'closed' ? RATE_DONE.kept(RATING_LABELS[rating]) : RATE_DONE.reopened
      set((state) => {
        const current = state.details[caseId]
        return {
          rate: { caseId, submitting: false, done },
          details: current ? { ...state.details, [caseId]: { ...current, case: answer.data } } : state.details,
          mine: { ...state.mine, items: state.mine.items.map((item) => (item.id === caseId ? answer.data : item)) },
        }
      })
      void get().loadCase(caseId) // the timeline gains the 评价 record
      return true
    },

    resetRate() {
      if (!get().rate.submitting) set({ rate: idleRate() })
    },

    resetCases() {
      set({ draft: newDraft(), submitError: undefined, mine: emptyList(), queue: emptyList(), details: {}, detailError: undefined, rate: idleRate() })
    },
  })

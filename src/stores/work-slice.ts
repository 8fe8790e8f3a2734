// Workers' lists beside the queue: 公示栏, 议事会 agenda, the supervision view, the case chosen at a desk, and the
// worker's own push switch (开启工作提醒). Each list remembers whose it is, so a new sign-in never shows the last one's.
import type { StateCreator } from 'zustand'
import { LIMITS } from '@core/contracts/functions'
import type { FunctionResponse } from '@core/contracts/result'
import type { BoardEntry, CaseList, CaseSummary } from '@core/contracts/views'
import type { WatchList } from '@core/application/list-watch'
import type { NoticeKind } from '@core/domain/notice-kinds'
import { subscribeApi } from '@/services/subscribe'
import type { CaseListState, ShuoshiState, StoreDeps, SubscribeResult } from './types'
import { workTemplateIds, WORK_SUBSCRIBE_MESSAGES } from './work-reminders'

type Middlewares = [['zustand/persist', unknown]]

/** Where a list stands; `ownerId` is the user it was loaded for. */
interface Loadable {
  loading: boolean
  loaded: boolean
  /** Chinese message of the last failure. */
  error?: string
  ownerId?: string
}

export interface BoardState extends Loadable {
  items: BoardEntry[]
  nextCursor?: string
  communityId?: string
}

/** supervision.listWatch: what the supervision group follows, most pressing first. */
export type WatchState = Loadable & WatchList

export type AgendaState = CaseListState & { ownerId?: string }

/** identity.listConsents: send credits the caller holds per notice kind (one per accepted one-time template). */
export type ConsentCredits = Partial<Record<NoticeKind, number>>
export interface WorkConsentState extends Loadable {
  credits: ConsentCredits
}

/** The pages that show a list and, at a desk, the chosen case beside it. */
export type DeskView = 'queue' | 'agenda' | 'supervise'

export interface WorkSlice {
  board: BoardState
  /** The resident's own case ids (listMine) and whose they are, for 这是我说的事 on the board. */
  myCases: { ownerId?: string; ids: string[] }
  agenda: AgendaState
  watch: WatchState
  workConsents: WorkConsentState
  /** The case open beside each list at a desk (≥ 1024 px). */
  deskCase: Partial<Record<DeskView, string>>
  loadBoard(options?: { more?: boolean }): Promise<void>
  loadMyCaseIds(): Promise<void>
  loadAgenda(options?: { more?: boolean }): Promise<void>
  loadWatch(): Promise<void>
  loadWorkConsents(): Promise<void>
  /**
   * For a tap handler: asks the platform SYNCHRONOUSLY for at most 3 templates of the caller's work notices (those
   * not on yet first), records the answer with identity.recordConsent, then reloads the credits. Never rejects.
   */
  subscribeToWork(): Promise<SubscribeResult>
  selectDeskCase(view: DeskView, caseId?: string): void
  resetWork(): void
}

const idle = { loading: false, loaded: false } as const
const emptyBoard = (): BoardState => ({ ...idle, items: [] })
const emptyAgenda = (): AgendaState => ({ ...idle, items: [] })
const emptyWatch = (): WatchState => ({ ...idle, overdue: [], dueSoon: [], escalated: [], toClose: [] })
const emptyConsents = (): WorkConsentState => ({ ...idle, credits: {} })

function appendNew<T extends { id: string }>(previous: T[], page: T[]): T[] {
  const seen = new Set(previous.map((item) => item.id))
  return [...previous, ...page.filter((item) => !seen.has(item.id))]
}

/** A paged list after a page arrived: appended (more) or replaced; on failure the items stay and the message shows. */
function withPage<T extends { id: string }, S extends Loadable & { items: T[]; nextCursor?: string }>(list: S, answer: FunctionResponse<{ items: T[]; nextCursor?: string }>, more: boolean): S {
  return answer.ok
    ? { ...list, items: more ? appendNew(list.items, answer.data.items) : answer.data.items, nextCursor: answer.data.nextCursor, loading: false, loaded: true }
    : { ...list, loading: false, error: answer.message }
}

const listOf = (value: unknown): CaseSummary[] => (Array.isArray(value) ? (value as CaseSummary[]) : [])

export const createWorkSlice =
  (deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], WorkSlice> =>
  (set, get) => {
    const subscribe = deps.subscribe ?? subscribeApi
    const userId = () => get().user?.userId

    return {
      board: emptyBoard(),
      myCases: { ids: [] },
      agenda: emptyAgenda(),
      watch: emptyWatch(),
      workConsents: emptyConsents(),
      deskCase: {},

      async loadBoard(options = {}) {
        const communityId = get().user?.communityId
        const { board } = get()
        if (board.loading) return
        if (!communityId) {
          set({ board: { ...emptyBoard(), loaded: true, error: '您的账号没有所属社区，看不到公示栏' } })
          return
        }
        const same = board.ownerId === userId() && board.communityId === communityId
        const more = Boolean(options.more) && same && Boolean(board.nextCursor)
        set({ board: { ...(same ? board : emptyBoard()), communityId, ownerId: userId(), loading: true, error: undefined } })
        const answer = await deps.api.callFunction<{ items: BoardEntry[]; nextCursor?: string }>('cases', 'listBoard', {
          communityId,
          ...(more ? { cursor: board.nextCursor } : {}),
          limit: LIMITS.pageSize,
        })
        set((state) => ({ board: withPage(state.board, answer, more) }))
      },

      async loadMyCaseIds() {
        if (get().user?.role !== 'resident') {
          set({ myCases: { ownerId: userId(), ids: [] } })
          return
        }
        const ownerId = userId()
        // One page of the largest size: a resident rarely has raised more than a hundred things.
        const answer = await deps.api.callFunction<CaseList>('cases', 'listMine', { limit: LIMITS.maxPageSize })
        if (answer.ok && userId() === ownerId) set({ myCases: { ownerId, ids: answer.data.items.map((item) => item.id) } })
      },

      async loadAgenda(options = {}) {
        const { agenda } = get()
        if (agenda.loading) return
        const same = agenda.ownerId === userId()
        const more = Boolean(options.more) && same && Boolean(agenda.nextCursor)
        set({ agenda: { ...(same ? agenda : emptyAgenda()), ownerId: userId(), loading: true, error: undefined } })
        const answer = await deps.api.callFunction<CaseList>('meetings', 'listAgenda', {
          ...(more ? { cursor: agenda.nextCursor } : {}),
          limit: LIMITS.pageSize,
        })
        set((state) => ({ agenda: withPage(state.agenda, answer, more) }))
      },

      async loadWatch() {
        const { watch } = get()
        if (watch.loading) return
        set({ watch: { ...(watch.ownerId === userId() ? watch : emptyWatch()), ownerId: userId(), loading: true, error: undefined } })
        const answer = await deps.api.callFunction<Partial<WatchList>>('supervision', 'listWatch', {})
        set((state) => ({
          watch: answer.ok
            ? {
                ...state.watch,
                overdue: listOf(answer.data.overdue),
                dueSoon: listOf(answer.data.dueSoon),
                escalated: listOf(answer.data.escalated),
                toClose: listOf(answer.data.toClose),
                loading: false,
                loaded: true,
              }
            : { ...state.watch, loading: false, error: answer.message },
        }))
      },

      async loadWorkConsents() {
        const { workConsents } = get()
        if (workConsents.loading) return
        set({ workConsents: { ...(workConsents.ownerId === userId() ? workConsents : emptyConsents()), ownerId: userId(), loading: true, error: undefined } })
        const answer = await deps.api.callFunction<{ credits?: ConsentCredits }>('identity', 'listConsents', {})
        set((state) => ({
          workConsents: answer.ok
            ? { ...state.workConsents, credits: answer.data.credits ?? {}, loading: false, loaded: true }
            : { ...state.workConsents, loading: false, error: answer.message },
        }))
      },

      subscribeToWork(): Promise<SubscribeResult> {
        const { user, templates, workConsents } = get()
        const tmplIds = workTemplateIds(user?.role, templates, workConsents.credits)
        if (tmplIds.length === 0) {
          void get().loadTemplates()
          void get().loadWorkConsents()
          return Promise.resolve({ ok: false, message: templates ? WORK_SUBSCRIBE_MESSAGES.none : WORK_SUBSCRIBE_MESSAGES.notReady })
        }
        // Synchronous: the platform dialog is requested here, inside the caller's tap handler.
        const asking = subscribe.request(tmplIds)
        return asking
          .then(async (outcome): Promise<SubscribeResult> => {
            if (!outcome.ok) return { ok: false, message: outcome.errCode === 20004 ? WORK_SUBSCRIBE_MESSAGES.mainSwitchOff : WORK_SUBSCRIBE_MESSAGES.failed }
            const answer = await deps.api.callFunction<{ accepted: string[] }>('identity', 'recordConsent', { results: outcome.results })
            if (!answer.ok) return { ok: false, message: `提醒没有开成功：${answer.message}` }
            await get().loadWorkConsents()
            const anyAccepted = Object.values(outcome.results).includes('accept')
            return anyAccepted ? { ok: true, message: WORK_SUBSCRIBE_MESSAGES.accepted } : { ok: false, message: WORK_SUBSCRIBE_MESSAGES.declined }
          })
          .catch(() => ({ ok: false, message: WORK_SUBSCRIBE_MESSAGES.failed }))
      },

      selectDeskCase(view, caseId) {
        set((state) => ({ deskCase: { ...state.deskCase, [view]: caseId } }))
      },

      resetWork() {
        set({ board: emptyBoard(), myCases: { ids: [] }, agenda: emptyAgenda(), watch: emptyWatch(), workConsents: emptyConsents(), deskCase: {} })
      },
    }
  }

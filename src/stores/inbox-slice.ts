// 消息中心 (the caller's notices) and 订阅提醒 (one-time subscription messages for the petitioner's case progress).
import type { StateCreator } from 'zustand'
import { LIMITS } from '@core/contracts/functions'
import type { NoticeKind } from '@core/domain/notice-kinds'
import { subscribeApi } from '@/services/subscribe'
import type { SubscribeApi, SubscribeOutcome } from '@/services/subscribe-types'
import type { InboxItem, InboxSlice, InboxState, ShuoshiState, StoreDeps, SubscribeResult, TemplateIds } from './types'

type Middlewares = [['zustand/persist', unknown]]

interface InboxPage {
  items: InboxItem[]
  nextCursor?: string
  unread: number
}

/** What a petitioner hears about (one-time templates, ≤ 3 per request, different titles). */
export const PETITIONER_KINDS: readonly NoticeKind[] = ['accepted', 'assigned', 'completedAwaitingRating']
export const MAX_TEMPLATES_PER_REQUEST = 3

/** The template ids to ask for: the petitioner kinds that have an id, without repeats, at most 3. */
export function petitionerTemplateIds(templates: TemplateIds | undefined): string[] {
  const ids = PETITIONER_KINDS.map((kind) => templates?.[kind]).filter((id): id is string => typeof id === 'string' && id !== '')
  return Array.from(new Set(ids)).slice(0, MAX_TEMPLATES_PER_REQUEST)
}

export const SUBSCRIBE_MESSAGES = {
  accepted: '好了！事情有进展时，微信会提醒您。也可以随时在“消息中心”查看。',
  declined: '您这次没有同意接收提醒。办理进度也会放在“消息中心”里，想收提醒时可以再点一次。',
  mainSwitchOff: '您关闭了本小程序的消息提醒。请点右上角“···”→“设置”→“通知管理”（或“订阅消息”），打开“接收通知”后再点一次。',
  notReady: '提醒还没准备好，请稍等几秒再点一次。',
  failed: '暂时无法开启提醒，请稍后再试。办理进度可在“消息中心”查看。',
} as const

function messageOfFailure(outcome: Extract<SubscribeOutcome, { ok: false }>): string {
  return outcome.errCode === 20004 ? SUBSCRIBE_MESSAGES.mainSwitchOff : SUBSCRIBE_MESSAGES.failed
}

/**
 * Asks WeChat for one-time templates and records the answer. Synchronous up to the request: call it first thing in
 * a tap. Without template ids yet, `whenNotReady` runs (load them) and the answer says to tap again.
 */
export function askConsent(deps: StoreDeps, subscribe: SubscribeApi, tmplIds: string[], whenNotReady: () => void, accepted: string = SUBSCRIBE_MESSAGES.accepted): Promise<SubscribeResult> {
  if (tmplIds.length === 0) {
    whenNotReady()
    return Promise.resolve({ ok: false, message: SUBSCRIBE_MESSAGES.notReady })
  }
  // Synchronous: the platform dialog is requested here, inside the caller's tap handler.
  const asking = subscribe.request(tmplIds)
  return asking.then(async (outcome): Promise<SubscribeResult> => {
    if (!outcome.ok) return { ok: false, message: messageOfFailure(outcome) }
    const answer = await deps.api.callFunction<{ accepted: string[] }>('identity', 'recordConsent', { results: outcome.results })
    if (!answer.ok) return { ok: false, message: `提醒没有开成功：${answer.message}` }
    const anyAccepted = Object.values(outcome.results).includes('accept')
    return anyAccepted ? { ok: true, message: accepted } : { ok: false, message: SUBSCRIBE_MESSAGES.declined }
  }).catch(() => ({ ok: false, message: SUBSCRIBE_MESSAGES.failed }))
}

const emptyInbox = (): InboxState => ({ items: [], unread: 0, loading: false, loaded: false })

function merge(previous: InboxItem[], page: InboxItem[]): InboxItem[] {
  const seen = new Set(previous.map((item) => item.id))
  return [...previous, ...page.filter((item) => !seen.has(item.id))]
}

export const createInboxSlice =
  (deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], InboxSlice> =>
  (set, get) => {
    const subscribe = deps.subscribe ?? subscribeApi
    return {
      inbox: emptyInbox(),
      templatesLoading: false,

      async loadInbox(options = {}) {
        const { inbox } = get()
        if (inbox.loading) return
        const more = Boolean(options.more) && Boolean(inbox.nextCursor)
        set({ inbox: { ...inbox, loading: true, error: undefined } })
        const answer = await deps.api.callFunction<InboxPage>('identity', 'listInbox', { cursor: more ? inbox.nextCursor : undefined, limit: LIMITS.pageSize })
        set((state) => ({
          inbox: answer.ok
            ? {
                items: more ? merge(state.inbox.items, answer.data.items) : answer.data.items,
                nextCursor: answer.data.nextCursor,
                unread: answer.data.unread,
                loading: false,
                loaded: true,
              }
            : { ...state.inbox, loading: false, error: answer.message },
        }))
      },

      async loadUnread() {
        const answer = await deps.api.callFunction<InboxPage>('identity', 'listInbox', { limit: 1 })
        if (answer.ok) set((state) => ({ inbox: { ...state.inbox, unread: answer.data.unread } }))
      },

      async markNoticeRead(id) {
        const item = get().inbox.items.find((entry) => entry.id === id)
        if (!item || item.read) return
        set((state) => ({
          inbox: {
            ...state.inbox,
            items: state.inbox.items.map((entry) => (entry.id === id ? { ...entry, read: true } : entry)),
            unread: Math.max(0, state.inbox.unread - 1),
          },
        }))
        const answer = await deps.api.callFunction<{ marked: number }>('identity', 'markInboxRead', { ids: [id] })
        if (!answer.ok) {
          // Not marked on the server: show it unread again, so the count stays true.
          set((state) => ({
            inbox: {
              ...state.inbox,
              items: state.inbox.items.map((entry) => (entry.id === id ? { ...entry, read: false } : entry)),
              unread: state.inbox.unread + 1,
            },
          }))
        }
      },

      async loadTemplates() {
        if (get().templates || get().templatesLoading) return
        set({ templatesLoading: true })
        const answer = await deps.api.callFunction<TemplateIds>('identity', 'listTemplates', {})
        set(answer.ok ? { templates: answer.data, templatesLoading: false } : { templatesLoading: false })
      },

      subscribeToProgress(): Promise<SubscribeResult> {
        return askConsent(deps, subscribe, petitionerTemplateIds(get().templates), () => void get().loadTemplates())
      },

      resetInbox() {
        set({ inbox: emptyInbox() })
      },
    }
  }

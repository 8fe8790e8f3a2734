// The caller's cases: the 我要说事 draft and its submission, 我的说事, the work queue and case details.
import type { StateCreator } from 'zustand'
import { newAttachments } from './chosen-attachments'
import { SUBMIT_SCHEMA, type SubmitInput } from '@core/contracts/case-inputs'
import { LIMITS } from '@core/contracts/functions'
import { validate } from '@core/contracts/validation'
import type { CaseDetail, CaseList, CaseSummary, CaseView } from '@core/contracts/views'
import { summarize } from '@core/application/case-summary'
import { newIdempotencyKey } from '@/services/idempotency'
import { NETWORK_FAILURE } from '@/services/api-types'
import { RATING_LABELS, type Attachment } from '@core/domain/case'
import { VOICE_ONLY_TEXT } from '@core/domain/voice'
import type { CaseListState, CasesSlice, Draft, DraftAttachment, RateState, ShuoshiState, StoreDeps } from './types'

type Middlewares = [['zustand/persist', unknown]]

const emptyList = (): CaseListState => ({ items: [], loading: false, loaded: false })
const idleRate = (): RateState => ({ submitting: false })

/** Said after a rating is saved: an unsatisfied one sends the case back to the unit. */
export const RATE_DONE = {
  kept: (label: string) => `感谢您的评价（${label}）！`,
  reopened: '收到您的意见，这件事已重新交给承办单位办理，办好后会再请您评价。',
  stale: '这件事刚有了新进展，已为您刷新，请看一看再评价。',
} as const
export const newDraft = (): Draft => ({ text: '', idempotencyKey: newIdempotencyKey('draft'), attachments: [] })

/** Sent as the text when the resident only recorded their report: the case waits for staff to type its gist. */
export { VOICE_ONLY_TEXT }

export const ATTACHMENT_MESSAGES = {
  noText: '请填写事项内容，或者录一段语音',
  failed: (label: string) => `${label}上传失败，请点它重试，或者删掉后再提交`,
  tooMany: `照片和录音最多${LIMITS.attachments}个`,
} as const

/** "第2张照片" / "第1段录音": how the page and its messages name an attachment of the draft. */
export function attachmentLabel(attachments: DraftAttachment[], idempotencyKey: string): string {
  const item = attachments.find((entry) => entry.idempotencyKey === idempotencyKey)
  if (!item) return ''
  const sameKind = attachments.filter((entry) => entry.kind === item.kind)
  const n = sameKind.indexOf(item) + 1
  return item.kind === 'image' ? `第${n}张照片` : `第${n}段录音`
}

/** What the phone keeps of a draft: the text, its key, and the attachments already uploaded (a local file may be gone). */
export function persistedDraft(draft: Draft): Draft {
  return {
    text: draft.text,
    ...(draft.transcribed ? { transcribed: true } : {}),
    idempotencyKey: draft.idempotencyKey,
    attachments: draft.attachments.filter((item) => item.status === 'uploaded' && item.fileId).map((item) => ({ ...item, filePath: '', error: undefined })),
  }
}

/** A draft read back from storage (any earlier version): anything malformed is dropped. */
export function restoreDraft(stored: unknown): Draft {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Draft, unknown>>
  const fresh = newDraft()
  const attachments = Array.isArray(raw.attachments)
    ? (raw.attachments as Partial<DraftAttachment>[]).filter(
        (item): item is DraftAttachment =>
          typeof item === 'object' && item !== null && item.status === 'uploaded' && typeof item.fileId === 'string' && typeof item.idempotencyKey === 'string' && (item.kind === 'image' || item.kind === 'audio'),
      )
    : []
  return {
    text: typeof raw.text === 'string' ? raw.text : '',
    ...(raw.transcribed === true ? { transcribed: true } : {}),
    idempotencyKey: typeof raw.idempotencyKey === 'string' && raw.idempotencyKey.length >= 8 ? raw.idempotencyKey : fresh.idempotencyKey,
    attachments: attachments.slice(0, LIMITS.attachments),
  }
}

/** Appends a page, dropping cases already listed (a case can move while the user pages). */
function merge(previous: CaseSummary[], page: CaseSummary[]): CaseSummary[] {
  const seen = new Set(previous.map((item) => item.id))
  return [...previous, ...page.filter((item) => !seen.has(item.id))]
}

export const createCasesSlice =
  (deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], CasesSlice> =>
  (set, get) => {
    /** Uploads running now, by the attachment's key. */
    const uploads = new Map<string, Promise<void>>()

    const patchAttachment = (idempotencyKey: string, patch: Partial<DraftAttachment>) =>
      set((state) => ({
        draft: { ...state.draft, attachments: state.draft.attachments.map((item) => (item.idempotencyKey === idempotencyKey ? { ...item, ...patch } : item)) },
      }))

    const upload = (idempotencyKey: string): Promise<void> => {
      const running = uploads.get(idempotencyKey)
      if (running) return running
      const item = get().draft.attachments.find((entry) => entry.idempotencyKey === idempotencyKey)
      if (!item || item.status === 'uploaded') return Promise.resolve()
      if (!item.filePath) {
        patchAttachment(idempotencyKey, { status: 'failed', error: '文件已不在手机上，请删掉后重新添加' })
        return Promise.resolve()
      }
      patchAttachment(idempotencyKey, { status: 'uploading', error: undefined })
      const job = deps.api
        .uploadFile({ filePath: item.filePath, name: item.name, contentType: item.contentType, idempotencyKey, createdAt: item.createdAt })
        .catch(() => NETWORK_FAILURE)
        .then((answer) => {
          if (answer.ok && answer.data?.fileId) patchAttachment(idempotencyKey, { status: 'uploaded', fileId: answer.data.fileId, error: undefined })
          else patchAttachment(idempotencyKey, { status: 'failed', error: answer.ok ? NETWORK_FAILURE.message : answer.message })
        })
        .finally(() => uploads.delete(idempotencyKey))
      uploads.set(idempotencyKey, job)
      return job
    }

    return {
      draft: newDraft(),
      submitting: false,
      waitingForUploads: false,
      mine: emptyList(),
      queueGroup: 'open',
      queue: emptyList(),
      details: {},
      rate: idleRate(),

      setDraftText(text) {
        // An emptied box no longer holds a transcript to check.
        set((state) => ({ draft: { ...state.draft, text, transcribed: state.draft.transcribed && text.trim() !== '' }, submitError: undefined }))
      },

      addTranscript(transcript) {
        const heard = transcript.trim()
        if (heard === '') return
        set((state) => {
          const text = state.draft.text.trim() === '' ? heard : `${state.draft.text}\n${heard}`
          return { draft: { ...state.draft, text: Array.from(text).slice(0, LIMITS.caseText).join(''), transcribed: true }, submitError: undefined }
        })
      },

      setSubmitError(message) {
        set({ submitError: message })
      },

      addAttachments(files) {
        const added: DraftAttachment[] = newAttachments(files, get().draft.attachments.length).map((item) => ({ ...item, status: 'uploading' }))
        set((state) => ({
          draft: { ...state.draft, attachments: [...state.draft.attachments, ...added] },
          submitError: added.length < files.length ? ATTACHMENT_MESSAGES.tooMany : undefined,
        }))
        for (const item of added) void upload(item.idempotencyKey)
        return added.length
      },

      async retryAttachment(idempotencyKey) {
        const item = get().draft.attachments.find((entry) => entry.idempotencyKey === idempotencyKey)
        if (!item || item.status !== 'failed') return
        set({ submitError: undefined })
        await upload(idempotencyKey)
      },

      removeAttachment(idempotencyKey) {
        if (uploads.has(idempotencyKey) || get().submitting) return
        set((state) => ({ draft: { ...state.draft, attachments: state.draft.attachments.filter((item) => item.idempotencyKey !== idempotencyKey) }, submitError: undefined }))
      },

      async submitDraft() {
        const { user, submitting } = get()
        if (submitting) return undefined
        if (!user?.communityId) {
          set({ submitError: user ? '您的账号没有所属社区，请到社区说事厅当面说事' : '请先登录' })
          return undefined
        }
        if (uploads.size > 0) {
          // The photos and recordings go with the report: wait for the ones still on their way.
          set({ submitting: true, waitingForUploads: true, submitError: undefined })
          while (uploads.size > 0) await Promise.all(Array.from(uploads.values()))
          set({ submitting: false, waitingForUploads: false })
        }
        const { draft } = get()
        const failed = draft.attachments.find((item) => item.status !== 'uploaded' || !item.fileId)
        if (failed) {
          set({ submitError: ATTACHMENT_MESSAGES.failed(attachmentLabel(draft.attachments, failed.idempotencyKey)) })
          return undefined
        }
        const hasVoice = draft.attachments.some((item) => item.kind === 'audio')
        if (draft.text.trim() === '' && !hasVoice) {
          set({ submitError: ATTACHMENT_MESSAGES.noText })
          return undefined
        }
        const attachments: Attachment[] = draft.attachments.map((item) => ({ fileId: item.fileId as string, kind: item.kind, name: item.name }))
        const input: SubmitInput = {
          communityId: user.communityId,
          // The text (typed, or the transcript the resident checked); only a recording: 语音说事, and staff type its gist.
          text: draft.text.trim() === '' ? VOICE_ONLY_TEXT : draft.text,
          channel: 'self',
          attachments,
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
          mine: { ...state.mine, items: merge([summarize(answer.data)], state.mine.items) },
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
        const tab = group === 'urgent' ? { group: 'open', urgent: true } : { group }
        const answer = await deps.api.callFunction<CaseList>('cases', 'listQueue', { ...tab, cursor, limit: LIMITS.pageSize })
        if (get().queueGroup !== group) return // the user switched tabs meanwhile
        set((state) => ({
          queue: answer.ok
            ? {
                items: more ? merge(state.queue.items, answer.data.items) : answer.data.items,
                nextCursor: answer.data.nextCursor,
                urgent: more ? state.queue.urgent : answer.data.urgent,
                moreUrgent: more ? state.queue.moreUrgent : answer.data.moreUrgent,
                loading: false,
                loaded: true,
              }
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
            mine: { ...state.mine, items: state.mine.items.map((item) => (item.id === caseId ? summarize(answer.data) : item)) },
          }
        })
        void get().loadCase(caseId) // the timeline gains the 评价 record
        return true
      },

      resetRate() {
        if (!get().rate.submitting) set({ rate: idleRate() })
      },

      resetCases() {
        // The workbench's open form, directory and merge candidates belong to the previous user too.
        set({ draft: newDraft(), submitError: undefined, mine: emptyList(), queue: emptyList(), details: {}, detailError: undefined, rate: idleRate(), actionForm: undefined, actionDone: undefined, directory: undefined, similar: {} })
      },
    }
  }

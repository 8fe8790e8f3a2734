// The case workbench: the open action form, what was typed in it (kept across a STALE_VERSION reload), its photos,
// and running the workflow action on the server. Forms check their input with the server's own schemas first.
import type { StateCreator } from 'zustand'
import { newAttachments } from './chosen-attachments'
import { ACTION_SCHEMAS, type ChangeAction } from '@core/contracts/case-inputs'
import { FUNCTIONS, LIMITS, type FunctionName } from '@core/contracts/functions'
import { validate } from '@core/contracts/validation'
import type { CaseView } from '@core/contracts/views'
import { summarize } from '@core/application/case-summary'
import type { Unit, Grid, Community } from '@core/domain/directory'
import { ACTION_LABELS } from '@core/domain/transitions'
import { NETWORK_FAILURE } from '@/services/api-types'
import type { DraftAttachment, NewAttachment, ShuoshiState, StoreDeps } from './types'

type Middlewares = [['zustand/persist', unknown]]

/** What the caller typed into one action form: field name → value. */
export type FormValues = Record<string, unknown>

export interface ActionFormState {
  caseId: string
  action: ChangeAction
  values: FormValues
  photos: DraftAttachment[]
  submitting: boolean
  /** Chinese message, and the field it is about when known. */
  error?: string
  field?: string
}

/** An open case of the community that looks like this one (merge candidates). */
export type SimilarCase = CaseView & { similarity: number }

export interface WorkDirectory {
  communities: Community[]
  grids: Grid[]
  units: Unit[]
}

export interface WorkbenchSlice {
  /** The action form open on a case page, if any. */
  actionForm?: ActionFormState
  /** Said after an action went through (e.g. 已交办). */
  actionDone?: { caseId: string; message: string }
  directory?: WorkDirectory
  similar: Record<string, { items: SimilarCase[]; loading: boolean; error?: string } | undefined>
  /** Opens one action's form (closing any other); values prefilled by the form. */
  openActionForm(caseId: string, action: ChangeAction, prefill?: FormValues): void
  closeActionForm(): void
  setFormValue(field: string, value: unknown): void
  addFormPhotos(files: NewAttachment[]): number
  retryFormPhoto(idempotencyKey: string): Promise<void>
  removeFormPhoto(idempotencyKey: string): void
  /** Checks the form with the action's schema (plus `extraCheck`), sends it, and shows the new state. True when done. */
  runAction(extraCheck?: (values: FormValues) => { field: string; message: string } | undefined): Promise<boolean>
  loadDirectory(): Promise<void>
  loadSimilar(caseId: string): Promise<void>
}

/** The function an action belongs to (cases, meetings or supervision). */
export function functionOf(action: ChangeAction): FunctionName {
  const name = (Object.keys(FUNCTIONS) as FunctionName[]).find((fn) => (FUNCTIONS[fn] as readonly string[]).includes(action))
  return name ?? 'cases'
}

export const WORKBENCH_MESSAGES = {
  stale: '这件事刚被别人更新过，已为您刷新。您填的内容还在，请核对后再提交。',
  photosFailed: '有照片没传上去，请点它重试，或者删掉后再提交',
  photosUploading: '照片还在上传，请稍等',
  tooManyPhotos: `照片最多${LIMITS.attachments}张`,
  done: (action: ChangeAction) => `已完成：${ACTION_LABELS[action]}`,
} as const

export const createWorkbenchSlice =
  (deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], WorkbenchSlice> =>
  (set, get) => {
    const patchPhoto = (key: string, patch: Partial<DraftAttachment>) =>
      set((state) =>
        state.actionForm
          ? { actionForm: { ...state.actionForm, photos: state.actionForm.photos.map((p) => (p.idempotencyKey === key ? { ...p, ...patch } : p)) } }
          : {},
      )

    const upload = async (key: string) => {
      const photo = get().actionForm?.photos.find((p) => p.idempotencyKey === key)
      if (!photo || photo.status === 'uploaded') return
      patchPhoto(key, { status: 'uploading', error: undefined })
      const answer = await deps.api
        .uploadFile({ filePath: photo.filePath, name: photo.name, contentType: photo.contentType, idempotencyKey: key, createdAt: photo.createdAt })
        .catch(() => NETWORK_FAILURE)
      if (answer.ok && answer.data?.fileId) patchPhoto(key, { status: 'uploaded', fileId: answer.data.fileId })
      else patchPhoto(key, { status: 'failed', error: answer.ok ? NETWORK_FAILURE.message : answer.message })
    }

    return {
      similar: {},

      openActionForm(caseId, action, prefill = {}) {
        const current = get().actionForm
        // Reopening the same form keeps what was typed.
        if (current && current.caseId === caseId && current.action === action) return
        set({ actionForm: { caseId, action, values: { ...prefill }, photos: [], submitting: false }, actionDone: undefined })
      },

      closeActionForm() {
        if (!get().actionForm?.submitting) set({ actionForm: undefined })
      },

      setFormValue(field, value) {
        set((state) =>
          state.actionForm
            ? { actionForm: { ...state.actionForm, values: { ...state.actionForm.values, [field]: value }, error: state.actionForm.field === field ? undefined : state.actionForm.error, field: state.actionForm.field === field ? undefined : state.actionForm.field } }
            : {},
        )
      },

      addFormPhotos(files) {
        const form = get().actionForm
        if (!form) return 0
        const added: DraftAttachment[] = newAttachments(files, form.photos.length).map((item) => ({ ...item, status: 'uploading' }))
        set({
          actionForm: {
            ...form,
            photos: [...form.photos, ...added],
            ...(added.length < files.length ? { error: WORKBENCH_MESSAGES.tooManyPhotos, field: 'attachments' } : {}),
          },
        })
        for (const photo of added) void upload(photo.idempotencyKey)
        return added.length
      },

      async retryFormPhoto(key) {
        await upload(key)
      },

      removeFormPhoto(key) {
        set((state) => (state.actionForm ? { actionForm: { ...state.actionForm, photos: state.actionForm.photos.filter((p) => p.idempotencyKey !== key) } } : {}))
      },

      async runAction(extraCheck) {
        const form = get().actionForm
        const detail = form && get().details[form.caseId]
        if (!form || !detail || form.submitting) return false
        const fail = (message: string, field?: string) => {
          set((state) => (state.actionForm ? { actionForm: { ...state.actionForm, submitting: false, error: message, field } } : {}))
          return false
        }
        if (form.photos.some((p) => p.status === 'uploading')) return fail(WORKBENCH_MESSAGES.photosUploading, 'attachments')
        if (form.photos.some((p) => p.status === 'failed' || !p.fileId)) return fail(WORKBENCH_MESSAGES.photosFailed, 'attachments')
        const extra = extraCheck?.(form.values)
        if (extra) return fail(extra.message, extra.field)
        const payload = {
          ...form.values,
          caseId: form.caseId,
          version: detail.case.version,
          attachments: form.photos.map((p) => ({ fileId: p.fileId as string, kind: p.kind, name: p.name })),
        }
        const checked = validate<Record<string, unknown>>(ACTION_SCHEMAS[form.action], payload)
        if (!checked.ok) return fail(checked.message, checked.field)

        set({ actionForm: { ...form, submitting: true, error: undefined, field: undefined } })
        const answer = await deps.api.callFunction<CaseView>(functionOf(form.action), form.action, checked.value)
        if (!answer.ok) {
          if (answer.code === 'STALE_VERSION') {
            await get().loadCase(form.caseId)
            return fail(WORKBENCH_MESSAGES.stale)
          }
          return fail(answer.message, answer.field)
        }
        set((state) => {
          const current = state.details[form.caseId]
          return {
            actionForm: undefined,
            actionDone: { caseId: form.caseId, message: WORKBENCH_MESSAGES.done(form.action) },
            details: current ? { ...state.details, [form.caseId]: { ...current, case: answer.data } } : state.details,
            queue: { ...state.queue, items: state.queue.items.map((item) => (item.id === form.caseId ? summarize(answer.data) : item)) },
          }
        })
        await get().loadCase(form.caseId) // the timeline gains the new record
        return true
      },

      async loadDirectory() {
        if (get().directory) return
        const answer = await deps.api.callFunction<WorkDirectory>('identity', 'getDirectory', {})
        if (answer.ok) set({ directory: answer.data })
      },

      async loadSimilar(caseId) {
        set((state) => ({ similar: { ...state.similar, [caseId]: { items: state.similar[caseId]?.items ?? [], loading: true } } }))
        const answer = await deps.api.callFunction<{ items: SimilarCase[] }>('cases', 'listSimilar', { caseId })
        set((state) => ({
          similar: { ...state.similar, [caseId]: answer.ok ? { items: answer.data.items, loading: false } : { items: [], loading: false, error: answer.message } },
        }))
      },
    }
  }

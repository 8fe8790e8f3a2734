// 入户说事 and staff intake: the intake form, the households to pick from, and the outbox of finished intakes kept
// on the phone until they are sent. An intake gets its idempotency key once, when it is finished; it sends itself
// (uploads, then cases.submit, always under the same keys) when the network returns, when the app comes back to the
// foreground and when the intake page or home is shown; one send runs at a time, so each intake goes out once.
// A refusal by the server marks the intake failed with its message (重试 / 修改), it does not loop.
// Also the home page's count of cases waiting for the caller (cases.countWaiting).
import type { StateCreator } from 'zustand'
import { newAttachments } from './chosen-attachments'
import { newIdempotencyKey } from '@/services/idempotency'
import { networkApi } from '@/services/network'
import { offlineFiles } from '@/services/offline-files'
import { taroStorage } from '@/services/storage'
import { checkIntake, INTAKE_MESSAGES } from '@/packages/intake/model/check-intake'
import { readDirectory, roomLabel, saveDirectory, toDirectory } from '@/packages/intake/model/directory'
import { sendIntake } from '@/packages/intake/model/send-intake'
import {
  emptyIntakeForm,
  type IntakeDirectoryState,
  type IntakeErrors,
  type IntakeFile,
  type IntakeForm,
  type IntakeWho,
  type OutboxItem,
} from '@/packages/intake/model/types'
import type { NewAttachment, ShuoshiState, StoreDeps } from './types'

type Middlewares = [['zustand/persist', unknown]]

export interface WaitingCount {
  count: number
  more: boolean
}

export interface IntakeSlice {
  intakeForm: IntakeForm
  intakeErrors: IntakeErrors
  /** While a finished intake's files are being kept on the phone. */
  intakeSaving: boolean
  intakeDirectory: IntakeDirectoryState
  intakeOutbox: OutboxItem[]
  intakeOnline: boolean
  /** Cases waiting for the signed-in worker (home page); undefined when unknown. */
  homeWaiting?: WaitingCount
  loadIntakeDirectory(): Promise<void>
  updateIntakeForm(patch: Partial<Omit<IntakeForm, 'files' | 'idempotencyKey'>>): void
  /** Picks a household (name, phone and room come prefilled, and stay editable), or clears the choice. */
  chooseIntakeHousehold(buildingId?: string, householdId?: string): void
  /** Adds photos or a recording (as many as fit, ≤ 9 in all); answers how many were added. */
  addIntakeFiles(files: NewAttachment[]): number
  removeIntakeFile(idempotencyKey: string): void
  setIntakeError(field: keyof IntakeErrors, message?: string): void
  /** Checks the form; when right, keeps its files on the phone, puts it in the outbox and starts sending. */
  finishIntake(): Promise<boolean>
  sendIntakeOutbox(): Promise<void>
  retryIntake(idempotencyKey: string): Promise<void>
  /** Takes a failed intake back into the form (same key) to be corrected. */
  editIntake(idempotencyKey: string): void
  clearSentIntakes(): void
  /** Listens for the network and the app's return to the foreground (once per store), and sends what waits. */
  startIntakeOutbox(): void
  loadHomeWaiting(): Promise<void>
}

export const INTAKE_EDIT_BUSY = '请先提交或清空正在填写的说事，再修改这一件'

/** Who is typing in: the signed-in user, else (offline after a restart) the owner of the directory kept on the phone. */
export function intakeWhoOf(state: Pick<ShuoshiState, 'user' | 'intakeDirectory'>): IntakeWho | undefined {
  const { user } = state
  if (user) return { userId: user.userId, name: user.name, role: user.role, communityId: user.communityId, gridIds: user.gridIds }
  return state.intakeDirectory.directory?.who
}

const isPending = (item: OutboxItem) => item.state !== 'sent'

export const createIntakeSlice =
  (deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], IntakeSlice> =>
  (set, get) => {
    const storage = deps.storage ?? taroStorage
    let running: Promise<void> | undefined
    let again = false
    let started = false

    const patchItem = (idempotencyKey: string, patch: Partial<OutboxItem>) =>
      set((state) => ({ intakeOutbox: state.intakeOutbox.map((item) => (item.idempotencyKey === idempotencyKey ? { ...item, ...patch } : item)) }))

    const patchFile = (itemKey: string, fileKey: string, fileId: string) =>
      set((state) => ({
        intakeOutbox: state.intakeOutbox.map((item) =>
          item.idempotencyKey === itemKey ? { ...item, files: item.files.map((file) => (file.idempotencyKey === fileKey ? { ...file, fileId } : file)) } : item,
        ),
      }))

    /** One pass over what waits; stops at the first sign that the network is gone. */
    const sendWaiting = async () => {
      if (!get().intakeOnline || !get().intakeOutbox.some((item) => item.state === 'waiting')) return
      if (!get().user) await get().loadSession()
      const owner = get().user?.userId
      if (!owner) return
      for (;;) {
        if (!get().intakeOnline) return
        const item = get().intakeOutbox.find((entry) => entry.state === 'waiting' && entry.ownerId === owner)
        if (!item) return
        patchItem(item.idempotencyKey, { state: 'sending', error: undefined })
        const outcome = await sendIntake({ api: deps.api, files: offlineFiles }, item, (fileKey, fileId) => patchFile(item.idempotencyKey, fileKey, fileId))
        if (outcome.state === 'waiting') {
          patchItem(item.idempotencyKey, { state: 'waiting' })
          return
        }
        if (outcome.state === 'failed') {
          patchItem(item.idempotencyKey, { state: 'failed', error: outcome.error })
          continue
        }
        patchItem(item.idempotencyKey, { state: 'sent', caseId: outcome.caseId, caseNo: outcome.caseNo, error: undefined })
        for (const file of item.files) offlineFiles.release(file.filePath)
      }
    }

    return {
      intakeForm: emptyIntakeForm(),
      intakeErrors: {},
      intakeSaving: false,
      intakeDirectory: { status: 'idle' },
      intakeOutbox: [],
      intakeOnline: true,

      async loadIntakeDirectory() {
        if (get().intakeDirectory.status === 'loading') return
        set((state) => ({ intakeDirectory: { ...state.intakeDirectory, status: 'loading', error: undefined } }))
        if (!get().user) await get().loadSession()
        const user = get().user
        const kept = readDirectory(storage, user?.userId)
        if (!user) {
          set({ intakeDirectory: kept ? { status: 'loaded', directory: kept } : { status: 'failed', error: get().sessionError ?? '请先登录' } })
          return
        }
        const answer = await deps.api.callFunction<Parameters<typeof toDirectory>[1]>('identity', 'getDirectory', {})
        if (!answer.ok) {
          set({ intakeDirectory: kept ? { status: 'loaded', directory: kept } : { status: 'failed', error: answer.message } })
          return
        }
        const who = intakeWhoOf(get()) as IntakeWho
        const directory = toDirectory(who, answer.data)
        saveDirectory(storage, directory)
        const previous = get().intakeDirectory.directory?.who.userId
        set((state) => ({
          intakeDirectory: { status: 'loaded', directory },
          // Another worker signed in on this phone: their form starts empty. Staff start on 电话说事.
          intakeForm:
            previous && previous !== who.userId
              ? emptyIntakeForm(who.role === 'gridWorker' ? 'doorToDoor' : 'phone')
              : who.role !== 'gridWorker' && state.intakeForm.channel === 'doorToDoor'
                ? { ...state.intakeForm, channel: 'phone' }
                : state.intakeForm,
        }))
      },

      updateIntakeForm(patch) {
        set((state) => {
          const errors = { ...state.intakeErrors, form: undefined }
          for (const key of Object.keys(patch)) delete errors[key === 'communityId' ? 'community' : (key as keyof IntakeErrors)]
          return { intakeForm: { ...state.intakeForm, ...patch }, intakeErrors: errors }
        })
      },

      chooseIntakeHousehold(buildingId, householdId) {
        const building = get().intakeDirectory.directory?.buildings.find((entry) => entry.id === buildingId)
        const household = building?.households.find((entry) => entry.id === householdId)
        set((state) => ({
          intakeForm: household
            ? { ...state.intakeForm, buildingId, householdId, name: household.headName, phone: household.phone ?? '', room: roomLabel(building, household.room) }
            : { ...state.intakeForm, buildingId: building?.id, householdId: undefined },
          intakeErrors: household ? { ...state.intakeErrors, name: undefined, phone: undefined, room: undefined } : state.intakeErrors,
        }))
      },

      addIntakeFiles(files) {
        const added: IntakeFile[] = newAttachments(files, get().intakeForm.files.length)
        set((state) => ({
          intakeForm: { ...state.intakeForm, files: [...state.intakeForm.files, ...added] },
          intakeErrors: { ...state.intakeErrors, files: added.length < files.length ? INTAKE_MESSAGES.tooManyFiles : undefined },
        }))
        return added.length
      },

      removeIntakeFile(idempotencyKey) {
        const file = get().intakeForm.files.find((entry) => entry.idempotencyKey === idempotencyKey)
        if (!file || get().intakeSaving) return
        if (file.durable) offlineFiles.release(file.filePath)
        set((state) => ({
          intakeForm: { ...state.intakeForm, files: state.intakeForm.files.filter((entry) => entry.idempotencyKey !== idempotencyKey) },
          intakeErrors: { ...state.intakeErrors, files: undefined },
        }))
      },

      setIntakeError(field, message) {
        set((state) => ({ intakeErrors: { ...state.intakeErrors, [field]: message } }))
      },

      async finishIntake() {
        const state = get()
        if (state.intakeSaving) return false
        const who = intakeWhoOf(state)
        if (!who) {
          set({ intakeErrors: { form: '请先登录' } })
          return false
        }
        const form = state.intakeForm
        const checked = checkIntake(form, who)
        if (!checked.ok) {
          set({ intakeErrors: checked.errors })
          return false
        }
        set({ intakeSaving: true, intakeErrors: {} })
        const files = await Promise.all(
          form.files.map(async (file): Promise<IntakeFile> => {
            if (file.durable || file.fileId) return file
            const kept = await offlineFiles.keep(file)
            return { ...file, filePath: kept.filePath, name: kept.name, contentType: kept.contentType, durable: kept.durable }
          }),
        )
        const item: OutboxItem = {
          idempotencyKey: form.idempotencyKey ?? newIdempotencyKey('intake'),
          ownerId: who.userId,
          createdAt: new Date().toISOString(),
          input: checked.input,
          ...(form.buildingId ? { buildingId: form.buildingId } : {}),
          files,
          state: 'waiting',
        }
        set((current) => ({
          intakeSaving: false,
          intakeOutbox: [...current.intakeOutbox, item],
          // The next household: same channel (and community for admins), nothing else.
          intakeForm: { ...emptyIntakeForm(form.channel), communityId: form.communityId },
        }))
        void get().sendIntakeOutbox()
        return true
      },

      sendIntakeOutbox() {
        if (running) {
          again = true // something new to send arrived meanwhile: one more pass after this one
          return running
        }
        running = (async () => {
          do {
            again = false
            await sendWaiting()
          } while (again && get().intakeOnline)
        })().finally(() => {
          running = undefined
        })
        return running
      },

      async retryIntake(idempotencyKey) {
        const item = get().intakeOutbox.find((entry) => entry.idempotencyKey === idempotencyKey)
        if (!item || item.state !== 'failed') return
        patchItem(idempotencyKey, { state: 'waiting', error: undefined })
        if (!get().intakeOnline) set({ intakeOnline: await networkApi.isOnline() })
        await get().sendIntakeOutbox()
      },

      editIntake(idempotencyKey) {
        const { intakeOutbox, intakeForm } = get()
        const item = intakeOutbox.find((entry) => entry.idempotencyKey === idempotencyKey)
        if (!item || item.state !== 'failed') return
        if (intakeForm.text.trim() !== '' || intakeForm.files.length > 0) {
          set({ intakeErrors: { form: INTAKE_EDIT_BUSY } })
          return
        }
        const { input } = item
        set({
          intakeOutbox: intakeOutbox.filter((entry) => entry !== item),
          intakeErrors: item.error ? { form: item.error } : {},
          intakeForm: {
            channel: input.channel as IntakeForm['channel'],
            communityId: input.communityId,
            buildingId: item.buildingId,
            householdId: input.householdId,
            name: input.petitioner?.name ?? '',
            phone: input.petitioner?.phone ?? '',
            room: input.petitioner?.room ?? '',
            text: input.text,
            anonymous: input.anonymous,
            consent: true, // given when it was first finished
            files: item.files,
            idempotencyKey: item.idempotencyKey,
          },
        })
      },

      clearSentIntakes() {
        set((state) => ({ intakeOutbox: state.intakeOutbox.filter(isPending) }))
      },

      startIntakeOutbox() {
        if (started) return
        started = true
        networkApi.onChange((online) => {
          set({ intakeOnline: online })
          if (online) void get().sendIntakeOutbox()
        })
        networkApi.onAppShow(() => void get().sendIntakeOutbox())
        void networkApi.isOnline().then((online) => {
          set({ intakeOnline: online })
          if (online) void get().sendIntakeOutbox()
        })
      },

      async loadHomeWaiting() {
        const answer = await deps.api.callFunction<WaitingCount>('cases', 'countWaiting', {})
        set({ homeWaiting: answer.ok && typeof answer.data?.count === 'number' ? { count: answer.data.count, more: Boolean(answer.data.more) } : undefined })
      },
    }
  }

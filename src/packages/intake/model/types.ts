// What 入户说事 and staff intake keep: the form, the grid's households, and the outbox of finished intakes that
// wait on the phone for the network.
import type { SubmitInput } from '@core/contracts/case-inputs'
import type { Role } from '@core/domain/roles'
import type { DraftAttachment } from '@/stores/types'

export type IntakeChannel = 'doorToDoor' | 'phone' | 'walkIn' | 'suggestionBox'

/** The channels staff and admins type cases in from, as the page offers them. */
export const STAFF_CHANNELS: { channel: Exclude<IntakeChannel, 'doorToDoor'>; label: string }[] = [
  { channel: 'phone', label: '电话说事' },
  { channel: 'walkIn', label: '来访说事' },
  { channel: 'suggestionBox', label: '意见箱' },
]

/**
 * A photo or recording of an intake: like the resident draft's (its own key, made once, so every upload after any
 * number of failures goes under it) without the upload state, which the outbox item carries. filePath is the temp
 * path / blob: URL in the form, and where offline-files kept it once the intake is finished.
 */
export type IntakeFile = Omit<DraftAttachment, 'status' | 'error'> & {
  /** In the outbox: false when the file could only be kept in memory (lost if the app closes before sending). */
  durable?: boolean
}

export interface IntakeForm {
  channel: IntakeChannel
  /** Admins (no community of their own) choose one. */
  communityId?: string
  buildingId?: string
  householdId?: string
  name: string
  phone: string
  room: string
  text: string
  anonymous: boolean
  consent: boolean
  files: IntakeFile[]
  /** Kept when a failed intake is taken back to be corrected: the server never made a case under it. */
  idempotencyKey?: string
}

export type IntakeField = 'channel' | 'community' | 'name' | 'phone' | 'room' | 'text' | 'files' | 'consent' | 'form'
/** Chinese messages shown under each field. */
export type IntakeErrors = Partial<Record<IntakeField, string>>

/** What goes to cases.submit, without the attachments (uploaded when sending) and the key. */
export type IntakePayload = Omit<SubmitInput, 'attachments' | 'idempotencyKey'>

export type OutboxState = 'waiting' | 'sending' | 'sent' | 'failed'

export interface OutboxItem {
  idempotencyKey: string
  /** Who typed it in: only their session may send it. */
  ownerId: string
  createdAt: string
  input: IntakePayload
  /** For 修改: the building the household was picked in. */
  buildingId?: string
  files: IntakeFile[]
  state: OutboxState
  /** Chinese message of a refusal (state failed). */
  error?: string
  caseId?: string
  caseNo?: string
}

export interface IntakeHousehold {
  id: string
  room: string
  headName: string
  phone?: string
}

export interface IntakeBuilding {
  id: string
  name: string
  gridId: string
  households: IntakeHousehold[]
}

/** Who is typing in, from the session or (offline, after a restart) from the last directory loaded. */
export interface IntakeWho {
  userId: string
  name: string
  role: Role
  communityId?: string
  gridIds?: string[]
}

export interface IntakeDirectory {
  who: IntakeWho
  communities: { id: string; name: string }[]
  buildings: IntakeBuilding[]
}

export interface IntakeDirectoryState {
  status: 'idle' | 'loading' | 'loaded' | 'failed'
  directory?: IntakeDirectory
  error?: string
}

export const emptyIntakeForm = (channel: IntakeChannel = 'doorToDoor'): IntakeForm => ({
  channel,
  name: '',
  phone: '',
  room: '',
  text: '',
  anonymous: false,
  consent: false,
  files: [],
})

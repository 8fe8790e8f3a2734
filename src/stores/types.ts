// Shapes the store keeps. The server's answers come from @core/contracts; these add client-side status.
import type { CaseDetail, CaseList, CaseSummary, CaseView } from '@core/contracts/views'
import type { StatusGroup } from '@core/domain/case-status'
import type { WhoAmI } from '@core/application/whoami'
import type { Community } from '@core/domain/directory'
import type { Actor } from '@core/domain/roles'
import type { Rating } from '@core/domain/case'
import type { NoticeKind } from '@core/domain/notice-kinds'
import type { InboxEntry } from '@core/ports/messages'
import type { CloudApi } from '@/services/api-types'
import type { Persona, SessionApi } from '@/services/api-types'
import type { SubscribeApi } from '@/services/subscribe-types'
import type { StateStorage } from 'zustand/middleware'
import type { WorkbenchSlice } from './workbench-slice'
import type { IntakeSlice } from './intake-slice'
import type { WorkSlice } from './work-slice'
import type { MeetingsSlice } from './meetings-slice'
import type { TopicsSlice } from './topics-slice'

/** The signed-in actor and their community, as identity.whoami answers (street-level users have no community). */
export type { WhoAmI }
export type SignedInUser = Actor
export type CommunityInfo = Community

/** unknown: not asked yet; signedOut: the server answered UNAUTHENTICATED. */
export type SessionStatus = 'unknown' | 'loading' | 'signedIn' | 'signedOut' | 'failed'

export interface CaseListState {
  items: CaseSummary[]
  nextCursor?: string
  /** Work queues: open urgent cases pinned on top (from the first page). */
  urgent?: CaseSummary[]
  /** More open urgent cases than the pinned ones: the 紧急 tab lists them all. */
  moreUrgent?: boolean
  loading: boolean
  /** Chinese message of the last failure. */
  error?: string
  loaded: boolean
}

/** A tab of the work queue: a status group, or the open urgent cases (紧急). */
export type QueueTab = StatusGroup | 'urgent'

export interface SessionSlice {
  sessionStatus: SessionStatus
  sessionError?: string
  user?: SignedInUser
  community?: CommunityInfo
  personas: Persona[]
  personasError?: string
  loadSession(): Promise<void>
  loadPersonas(): Promise<void>
  /** Returns true when signed in. */
  signIn(personaId: string): Promise<boolean>
  signOut(): Promise<void>
}

export type AttachmentStatus = 'uploading' | 'uploaded' | 'failed'

/** A photo or recording of the draft: kept (with its file on the phone) until the draft is sent or it is removed. */
export interface DraftAttachment {
  /** The file's own idempotency key, made once when it was added: every retry uploads under it. */
  idempotencyKey: string
  kind: 'image' | 'audio'
  /** File name with extension, e.g. "photo-1.jpg", "voice.mp3". */
  name: string
  contentType: string
  /** weapp temp file path or H5 blob: URL; '' for one restored from storage (already uploaded). */
  filePath: string
  /** When it was added (UTC ISO): WeChat stores it under cases/<that day>/. */
  createdAt: string
  durationMs?: number
  status: AttachmentStatus
  /** Set once uploaded. */
  fileId?: string
  /** Chinese message of the last failed upload. */
  error?: string
}

export interface Draft {
  text: string
  /** The text holds what speech recognition heard: the page asks the resident to check and correct it. */
  transcribed?: boolean
  /** Made once per draft; kept across retries; replaced only after a successful submit. */
  idempotencyKey: string
  attachments: DraftAttachment[]
}

/** A photo or recording to add to the draft (from services/media). */
export interface NewAttachment {
  kind: 'image' | 'audio'
  filePath: string
  name: string
  contentType: string
  durationMs?: number
}

export interface CasesSlice {
  draft: Draft
  submitting: boolean
  /** While submitDraft waits for uploads still running. */
  waitingForUploads: boolean
  submitError?: string
  mine: CaseListState
  queueGroup: QueueTab
  queue: CaseListState
  details: Record<string, CaseDetail | undefined>
  detailError?: string
  setDraftText(text: string): void
  /** What speech recognition heard in a recording: goes into the text box (after what is already there), to be checked. */
  addTranscript(transcript: string): void
  /** Adds photos or a recording (as many as still fit, ≤ 9 in all) and starts uploading each; answers how many were added. */
  addAttachments(files: NewAttachment[]): number
  /** Uploads a failed attachment again, under the same key (and path). */
  retryAttachment(idempotencyKey: string): Promise<void>
  removeAttachment(idempotencyKey: string): void
  /** Shows a message next to the draft (e.g. the microphone was refused), or clears it. */
  setSubmitError(message?: string): void
  /**
   * Submits the draft: waits for uploads still running, names the one that failed, sends the text (or 语音说事 when
   * only a recording was given) with the uploaded attachments. On success clears it (new key) and answers the new
   * case, otherwise undefined.
   */
  submitDraft(): Promise<CaseView | undefined>
  loadMine(options?: { more?: boolean }): Promise<void>
  loadQueue(options?: { group?: QueueTab; more?: boolean }): Promise<void>
  loadCase(caseId: string): Promise<void>
  /** The petitioner's 评价 of a published case, with the version the page shows. */
  rate: RateState
  rateCase(caseId: string, rating: Rating, comment?: string): Promise<boolean>
  /** Forget the messages of an earlier 评价 (a case page opens). */
  resetRate(): void
  /** Forget everything about the previous user's cases (sign-in, sign-out). */
  resetCases(): void
}

/** The last 评价 sent from the case page. */
export interface RateState {
  caseId?: string
  submitting: boolean
  /** Chinese message of the last failure (or of a refresh after STALE_VERSION). */
  error?: string
  /** Shown after success: what happens next. */
  done?: string
}

/** One notice of 消息中心, as identity.listInbox answers it. */
export type InboxItem = Omit<InboxEntry, 'userId'> & { userId?: string }

export interface InboxState {
  items: InboxItem[]
  nextCursor?: string
  /** Unread notices of the caller on the server (the home badge). */
  unread: number
  loading: boolean
  loaded: boolean
  error?: string
}

/** Template id per notice kind, as identity.listTemplates answers. */
export type TemplateIds = Partial<Record<NoticeKind, string>>

/** What the 接收办理进度提醒 button tells the user afterwards. */
export interface SubscribeResult {
  ok: boolean
  message: string
}

export interface InboxSlice {
  inbox: InboxState
  templates?: TemplateIds
  templatesLoading: boolean
  loadInbox(options?: { more?: boolean }): Promise<void>
  /** Only the unread count (home page badge); never shows an error. */
  loadUnread(): Promise<void>
  /** Marks a notice read (at once on the phone; the server call is not awaited by the caller). */
  markNoticeRead(id: string): Promise<void>
  /** Fetch the template ids ahead of the tap (requestSubscribeMessage must be called before any await). */
  loadTemplates(): Promise<void>
  /**
   * For a tap handler: asks the platform SYNCHRONOUSLY (before returning) for at most 3 petitioner templates,
   * then records the answer with identity.recordConsent. Never rejects.
   */
  subscribeToProgress(): Promise<SubscribeResult>
  resetInbox(): void
}

/** A community to register in, as identity.listCommunities answers it (room labels only, never household names). */
export interface RegistrationCommunity {
  id: string
  name: string
  streetName: string
  buildings: RegistrationBuilding[]
}

export interface RegistrationBuilding {
  id: string
  name: string
  households: { id: string; room: string }[]
}

/** What the 住户登记 form holds (phone as typed; empty means not given). */
export interface RegistrationForm {
  communityId?: string
  /** Absent when the user tapped 找不到我家. */
  householdId?: string
  name: string
  phone: string
  /** WeChat's getPhoneNumber code, when the user let WeChat give the number (verified on the server). */
  phoneCode?: string
  /** Ticked 我已阅读并同意《用户隐私保护指引》. */
  privacyConsent: boolean
}

export interface RegistrationSlice {
  communities: RegistrationCommunity[]
  communitiesStatus: 'idle' | 'loading' | 'loaded' | 'failed'
  communitiesError?: string
  registering: boolean
  /** Chinese message: a field checked on the phone, or the server's answer. */
  registerError?: string
  loadCommunities(): Promise<void>
  /**
   * Checks the form on the phone (nothing is sent when a field is wrong), calls identity.register, then refreshes
   * the session. Returns true when registered.
   */
  register(form: RegistrationForm): Promise<boolean>
  clearRegisterError(): void
}

export type ShuoshiState = SessionSlice & CasesSlice & InboxSlice & RegistrationSlice & WorkbenchSlice & IntakeSlice & WorkSlice & MeetingsSlice & TopicsSlice

export interface StoreDeps {
  api: CloudApi
  session: SessionApi
  /** Defaults to the platform's subscription API. */
  subscribe?: SubscribeApi
  storage?: StateStorage
}

export type { CaseList }

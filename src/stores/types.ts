// Shapes the store keeps. The server's answers come from @core/contracts; these add client-side status.
import type { CaseDetail, CaseList, CaseView } from '@core/contracts/views'
import type { StatusGroup } from '@core/domain/case-status'
import type { Role } from '@core/domain/roles'
import type { CloudApi } from '@/services/api-types'
import type { Persona, SessionApi } from '@/services/api-types'
import type { StateStorage } from 'zustand/middleware'

export interface SignedInUser {
  id: string
  name: string
  role: Role
  communityId: string
  gridIds?: string[]
  unitId?: string
}

/** The community as identity.whoami describes it (hall and reception days may be text or structured). */
export interface CommunityInfo {
  id: string
  name: string
  hotline?: string
  hall?: string | { name?: string; address?: string }
  receptionDays?: number[] | string
}

export interface WhoAmI {
  user: SignedInUser
  community: CommunityInfo
}

/** unknown: not asked yet; signedOut: the server answered UNAUTHENTICATED. */
export type SessionStatus = 'unknown' | 'loading' | 'signedIn' | 'signedOut' | 'failed'

export interface CaseListState {
  items: CaseView[]
  nextCursor?: string
  loading: boolean
  /** Chinese message of the last failure. */
  error?: string
  loaded: boolean
}

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

export interface Draft {
  text: string
  /** Made once per draft; kept across retries; replaced only after a successful submit. */
  idempotencyKey: string
}

export interface CasesSlice {
  draft: Draft
  submitting: boolean
  submitError?: string
  mine: CaseListState
  queueGroup: StatusGroup
  queue: CaseListState
  details: Record<string, CaseDetail | undefined>
  detailError?: string
  setDraftText(text: string): void
  /** Submits the draft; on success clears it (new key) and answers the new case, otherwise undefined. */
  submitDraft(): Promise<CaseView | undefined>
  loadMine(options?: { more?: boolean }): Promise<void>
  loadQueue(options?: { group?: StatusGroup; more?: boolean }): Promise<void>
  loadCase(caseId: string): Promise<void>
  /** Forget everything about the previous user's cases (sign-in, sign-out). */
  resetCases(): void
}

export type ShuoshiState = SessionSlice & CasesSlice

export interface StoreDeps {
  api: CloudApi
  session: SessionApi
  storage?: StateStorage
}

export type { CaseList }

// Shapes the store keeps. The server's answers come from @core/contracts; these add client-side status.
import type { CaseDetail, CaseList, CaseView } from '@core/contracts/views'
import type { StatusGroup } from '@core/domain/case-status'
import type { WhoAmI } from '@core/application/whoami'
import type { Community } from '@core/domain/directory'
import type { Actor } from '@core/domain/roles'
import type { CloudApi } from '@/services/api-types'
import type { Persona, SessionApi } from '@/services/api-types'
import type { StateStorage } from 'zustand/middleware'

/** The signed-in actor and their community, as identity.whoami answers (street-level users have no community). */
export type { WhoAmI }
export type SignedInUser = Actor
export type CommunityInfo = Community

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

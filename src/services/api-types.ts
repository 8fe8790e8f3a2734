// Types and constants shared by cloud-api.ts and its platform twins. Kept in a file without twins:
// inside cloud-api.weapp.ts, `./cloud-api` would resolve back to cloud-api.weapp.ts itself.
import type { FunctionName } from '@core/contracts/functions'
import type { FunctionResponse } from '@core/contracts/result'
import type { Role } from '@core/domain/roles'

export interface UploadInput {
  /** A local path (weapp temp file) or a Blob URL / object (H5). */
  filePath: string
  /** Original file name, e.g. "photo.jpg". */
  name: string
  contentType: string
  /** Made once per file by the caller: a retried upload never stores the file twice. */
  idempotencyKey: string
  /** When the file was added (UTC ISO), fixed once like the key: WeChat files go under cases/<Shanghai date>/. */
  createdAt?: string
}

export interface CloudApi {
  /** Call `name` with `{ action, payload }`. Never throws: failures come back as `{ ok: false, code, message }`. */
  callFunction<T>(name: FunctionName, action: string, payload?: unknown): Promise<FunctionResponse<T>>
  uploadFile(input: UploadInput): Promise<FunctionResponse<{ fileId: string }>>
  /** Start the platform SDK once, at app launch. */
  init(): void
}

export const NETWORK_FAILURE = { ok: false, code: 'INTERNAL', message: '网络不给力，请稍后重试' } as const

/** A demo persona of the local runtime (GET /api/dev/personas). */
export interface Persona {
  id: string
  name: string
  role: Role
  roleLabel: string
  description: string
}

export interface SessionApi {
  /**
   * Where the home page sends a caller the server does not know yet (whoami → UNAUTHENTICATED):
   * H5 (local mode) the persona sign-in, WeChat the 住户登记 form; null when there is nowhere to go.
   */
  newcomerPage: string | null
  /** The persona sign-in page (local mode only, also offered as 切换身份); null when the platform has none. */
  signInPage: string | null
  listPersonas(): Promise<FunctionResponse<Persona[]>>
  signIn(personaId: string): Promise<FunctionResponse<unknown>>
  signOut(): Promise<FunctionResponse<unknown>>
  /** Local mode only: become a new visitor the server does not know yet (a WeChat user opening the app for the first time), e.g. to redeem an invite. */
  startVisitor?(): Promise<FunctionResponse<unknown>>
}

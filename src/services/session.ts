// Demo personas of the local runtime. Platform files:
//   session.h5.ts    — the local server's /api/dev endpoints (sign-in page)
//   session.weapp.ts — none: on WeChat the caller is the OPENID, there is nothing to sign in to.
import type { FunctionResponse } from '@core/contracts/result'
import type { Role } from '@core/domain/roles'

export interface Persona {
  id: string
  name: string
  role: Role
  roleLabel: string
  description: string
}

export interface SessionApi {
  /** Where to send a caller the server does not know yet; null when the platform has no sign-in page. */
  signInPage: string | null
  listPersonas(): Promise<FunctionResponse<Persona[]>>
  signIn(personaId: string): Promise<FunctionResponse<unknown>>
  signOut(): Promise<FunctionResponse<unknown>>
}

const none = { ok: false, code: 'NOT_FOUND', message: '当前平台无需登录' } as const

export const sessionApi: SessionApi = {
  signInPage: null,
  async listPersonas() {
    return none
  },
  async signIn() {
    return none
  },
  async signOut() {
    return none
  },
}

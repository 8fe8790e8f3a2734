// Demo personas of the local runtime. Platform files:
//   session.h5.ts    — the local server's /api/dev endpoints (sign-in page)
//   session.weapp.ts — none: on WeChat the caller is the OPENID, there is nothing to sign in to.

export type { Persona, SessionApi } from './api-types'
import type { SessionApi } from './api-types'

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

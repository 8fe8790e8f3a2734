// Demo personas of the local runtime. Platform files:
//   session.h5.ts    — the local server's /api/dev endpoints (sign-in page; newcomers sign in as a persona)
//   session.weapp.ts — none: on WeChat the caller is the OPENID, there is nothing to sign in to; newcomers
//                      go to the 住户登记 form instead.

export type { Persona, SessionApi } from './api-types'
import type { SessionApi } from './api-types'

const none = { ok: false, code: 'NOT_FOUND', message: '当前平台无需登录' } as const

export const sessionApi: SessionApi = {
  newcomerPage: null,
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

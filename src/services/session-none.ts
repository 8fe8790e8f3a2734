// A session service with nothing to sign in to (WeChat, and any platform without the local dev server).
import type { SessionApi } from './api-types'

const none = { ok: false, code: 'NOT_FOUND', message: '当前平台无需登录' } as const

export const noSignIn: SessionApi = {
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

// WeChat: the caller is identified by OPENID; there are no personas and no sign-in page.
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

// WeChat: the caller is identified by OPENID; there are no personas and no sign-in page. An OPENID the server
// does not know yet registers as a resident on the 住户登记 page.
import type { SessionApi } from './api-types'
import { ROUTES } from './routes'

const none = { ok: false, code: 'NOT_FOUND', message: '当前平台无需登录' } as const

export const sessionApi: SessionApi = {
  newcomerPage: ROUTES.register,
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

// WeChat: the caller is identified by OPENID; there are no personas and no sign-in page. An OPENID the server
// does not know yet registers as a resident on the 住户登记 page.
import type { SessionApi } from './api-types'
import { ROUTES } from './routes'
import { noSignIn } from './session-none'

export const sessionApi: SessionApi = { ...noSignIn, newcomerPage: ROUTES.register }

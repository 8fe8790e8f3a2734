// Demo personas of the local runtime. Platform files:
//   session.h5.ts    — the local server's /api/dev endpoints (sign-in page; newcomers sign in as a persona)
//   session.weapp.ts — none: on WeChat the caller is the OPENID, there is nothing to sign in to; newcomers
//                      go to the 住户登记 form instead.

export type { Persona, SessionApi } from './api-types'
import { noSignIn } from './session-none'

export const sessionApi = noSignIn

// Browser (local runtime): demo personas through the local server's dev endpoints; the session is a cookie.
import type { FunctionResponse } from '@core/contracts/result'
import { NETWORK_FAILURE } from './api-types'
import { ROUTES } from './routes'
import type { Persona, SessionApi } from './api-types'

async function request<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<FunctionResponse<T>> {
  try {
    const response = await fetch(url, {
      method,
      credentials: 'include',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const answer = (await response.json()) as FunctionResponse<T>
    return answer && typeof answer.ok === 'boolean' ? answer : { ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' }
  } catch {
    return NETWORK_FAILURE
  }
}

export const sessionApi: SessionApi = {
  newcomerPage: ROUTES.signIn,
  signInPage: ROUTES.signIn,
  listPersonas: () => request<Persona[]>('GET', '/api/dev/personas'),
  signIn: (personaId) => request('POST', '/api/dev/sign-in', { personaId }),
  signOut: () => request('POST', '/api/dev/sign-out', {}),
  startVisitor: () => request('POST', '/api/dev/visitor', {}),
}

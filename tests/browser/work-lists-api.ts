// For the work-list browser tests: act through the function API with a persona's session cookie, and bring cases
// to the step a test needs (published, handled against a deadline, on the 议事会 agenda).
import type { BrowserSession } from '../support/browser-session'

export const COMMUNITY_ID = 'community-hangkonglu'

export interface Actors {
  resident: string
  grid: string
  staff: string
  handler: string
  supervisor: string
}

/** Calls a function as that cookie's persona; answers `data` or throws with the Chinese message. */
export async function call<T = any>(session: BrowserSession, cookie: string, name: string, action: string, payload: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${session.server.url}/api/functions/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ action, payload }),
  })
  const answer = (await response.json()) as { ok: boolean; data?: T; code?: string; message?: string }
  if (!answer.ok) throw new Error(`${name}.${action}: ${answer.code} ${answer.message}`)
  return answer.data as T
}

export async function signInActors(session: BrowserSession): Promise<Actors> {
  return {
    resident: await session.cookieOf('persona-resident'),
    grid: await session.cookieOf('persona-grid'),
    staff: await session.cookieOf('persona-staff'),
    handler: await session.cookieOf('persona-handler'),
    supervisor: await session.cookieOf('persona-supervisor'),
  }
}

export function workflow(session: BrowserSession, actors: Actors) {
  const as = (cookie: string) => ({
    call: <T = any>(name: string, action: string, payload: Record<string, unknown>) => call<T>(session, cookie, name, action, payload),
  })
  /** One workflow step on the case, with the version it has now. */
  async function act(cookie: string, caseId: string, name: string, action: string, extra: Record<string, unknown> = {}) {
    const { case: current } = await call(session, cookie, 'cases', 'get', { caseId })
    return call(session, cookie, name, action, { caseId, version: current.version, ...extra })
  }
  let keys = 0
  return {
    as,
    act,
    /** The resident says it (or, with `petitioner`, the grid worker types it in at the door). */
    async submit(text: string, options: { petitioner?: { name: string; room?: string }; anonymous?: boolean } = {}): Promise<string> {
      const byGrid = Boolean(options.petitioner)
      const created = await call<{ id: string }>(session, byGrid ? actors.grid : actors.resident, 'cases', 'submit', {
        communityId: COMMUNITY_ID,
        text,
        channel: byGrid ? 'doorToDoor' : 'self',
        anonymous: options.anonymous ?? false,
        idempotencyKey: `work-lists-${Date.now()}-${++keys}`,
        ...(byGrid ? { petitioner: options.petitioner, gridId: 'grid-1' } : {}),
      })
      return created.id
    },
    /** Triaged and handed to the sanitation unit with a deadline of `workingDays`, accepted by the unit. */
    async handling(caseId: string, workingDays: number, category = 'sanitation'): Promise<void> {
      await act(actors.staff, caseId, 'cases', 'triage', { category, urgency: 'normal', unitId: 'unit-sanitation' })
      await act(actors.staff, caseId, 'cases', 'assign', { unitId: 'unit-sanitation', level: 'community', workingDays })
      await act(actors.handler, caseId, 'cases', 'accept')
    },
    /** Handled, completed and published with `publishedResult`. */
    async published(caseId: string, publishedResult: string, category = 'sanitation'): Promise<void> {
      await this.handling(caseId, 5, category)
      await act(actors.handler, caseId, 'cases', 'complete', { result: publishedResult })
      await act(actors.staff, caseId, 'cases', 'publish', { publishedResult })
    },
    /** Triaged and put on the 议事会 agenda; with `decision`, deliberated too. */
    async onAgenda(caseId: string, meetingDate: string, place: string, decision?: string): Promise<void> {
      await act(actors.staff, caseId, 'cases', 'triage', { category: 'facility', urgency: 'normal' })
      await act(actors.staff, caseId, 'meetings', 'putOnAgenda', { meetingDate, place })
      if (decision) await act(actors.staff, caseId, 'meetings', 'recordDecision', { decision })
    },
  }
}

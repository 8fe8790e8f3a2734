// Steps that function tests repeat: a resident reports, someone runs a workflow action on the version they saw.
import { FUNCTIONS, type FunctionName } from '../../src/core/contracts/functions'
import type { CaseView } from '../../src/core/contracts/views'
import { data, key, type Harness } from './local-harness'

export const DEMO_COMMUNITY = 'community-hangkonglu'

/** 王秀英 (persona-resident) reports `text` herself. */
export async function residentReports(h: Harness, text: string): Promise<CaseView> {
  return data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, text, channel: 'self', idempotencyKey: key() }))
}

/** Run a workflow action (through whichever function serves it) on the version of the case the caller saw. */
export async function act(h: Harness, as: string, action: string, c: Pick<CaseView, 'id' | 'version'>, extra: Record<string, unknown> = {}): Promise<CaseView> {
  const fn = (Object.keys(FUNCTIONS) as FunctionName[]).find((name) => (FUNCTIONS[name] as readonly string[]).includes(action))
  if (!fn) throw new Error(`no function serves ${action}`)
  return data<CaseView>(await h.call(as, fn, action, { caseId: c.id, version: c.version, ...extra }))
}

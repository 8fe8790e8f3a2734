// Who may read the statistics actions (role × action, allowed or forbidden), and in which scope.
import { createHarness, type Harness } from '../support/local-harness'
import { DEMO_COMMUNITY } from '../support/case-steps'

let h: Harness
beforeAll(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterAll(() => h.close())

const PERSONAS = ['persona-resident', 'persona-grid', 'persona-staff', 'persona-handler', 'persona-supervisor', 'persona-admin'] as const
// [action, persona, payload, allowed (true) or the error code]
const ROWS: Array<[string, string, Record<string, unknown>, true | string]> = [
  ...(['getStatistics', 'getUnitAppraisal'] as const).flatMap((action): Array<[string, string, Record<string, unknown>, true | string]> => [
    [action, 'persona-resident', {}, 'FORBIDDEN'],
    [action, 'persona-grid', {}, 'FORBIDDEN'],
    [action, 'persona-handler', {}, 'FORBIDDEN'],
    [action, 'persona-staff', {}, true],
    [action, 'persona-staff', { communityId: DEMO_COMMUNITY }, true],
    [action, 'persona-staff', { communityId: 'community-other' }, 'FORBIDDEN'],
    [action, 'persona-supervisor', {}, true],
    [action, 'persona-supervisor', { communityId: 'community-other' }, 'FORBIDDEN'],
    [action, 'persona-admin', {}, true],
    [action, 'persona-admin', { communityId: DEMO_COMMUNITY }, true],
    [action, 'persona-admin', { communityId: 'community-other' }, 'NOT_FOUND'],
  ]),
  ...PERSONAS.map((persona): [string, string, Record<string, unknown>, true | string] => ['getBoardFigures', persona, { communityId: DEMO_COMMUNITY }, true]),
  ['getBoardFigures', 'persona-resident', { communityId: 'community-other' }, 'NOT_FOUND'],
]

it.each(ROWS)('%s by %s %j: %s', async (action, persona, payload, expected) => {
  const answer = await h.call(persona, 'supervision', action, payload)
  if (expected === true) expect(answer).toMatchObject({ ok: true })
  else expect(answer).toMatchObject({ ok: false, code: expected })
})

it('refuses a caller who is not signed in', async () => {
  await expect(h.call(undefined, 'supervision', 'getStatistics', {})).resolves.toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
})

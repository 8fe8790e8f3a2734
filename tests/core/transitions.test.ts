// The complete workflow table, asserted row by row: adding, removing or changing a transition must change this test.
import { TRANSITIONS, CASE_ACTIONS, actionsFrom, findTransition } from '../../src/core/domain/transitions'
import { CASE_STATUSES, STATUS_GROUPS, isOpen, isInGroup } from '../../src/core/domain/case-status'

const S = ['staff', 'admin']
const OPEN = ['submitted', 'triaged', 'onAgenda', 'deliberated', 'assigned', 'inProgress', 'extensionRequested', 'completed', 'published', 'rated']
const HANDLING = ['assigned', 'inProgress', 'extensionRequested']

const EXPECTED: [string | null, string, string, string[]][] = [
  [null, 'submit', 'submitted', ['resident', 'gridWorker', 'staff', 'admin']],
  ['submitted', 'triage', 'triaged', S],
  ['submitted', 'resolveOnSpot', 'completed', ['gridWorker', ...S]],
  ['submitted', 'mergeDuplicate', 'merged', S],
  ['submitted', 'refer', 'referred', S],
  ['triaged', 'resolveOnSpot', 'completed', ['gridWorker', ...S]],
  ['triaged', 'mergeDuplicate', 'merged', S],
  ['triaged', 'refer', 'referred', S],
  ['triaged', 'putOnAgenda', 'onAgenda', S],
  ['onAgenda', 'recordDecision', 'deliberated', S],
  ['triaged', 'assign', 'assigned', S],
  ['deliberated', 'assign', 'assigned', S],
  ['assigned', 'accept', 'inProgress', ['handler']],
  ['assigned', 'returnToStaff', 'triaged', ['handler']],
  ['inProgress', 'returnToStaff', 'triaged', ['handler']],
  ['inProgress', 'progress', 'inProgress', ['handler']],
  ['inProgress', 'requestExtension', 'extensionRequested', ['handler']],
  ['extensionRequested', 'approveExtension', 'inProgress', S],
  ['extensionRequested', 'denyExtension', 'inProgress', S],
  ['inProgress', 'complete', 'completed', ['handler']],
  ['completed', 'publish', 'published', S],
  ['published', 'rate', 'rated', ['resident']],
  ['published', 'rateUnsatisfied', 'assigned', ['resident']],
  ['published', 'rateUnsatisfiedRetriage', 'triaged', ['resident']],
  ['published', 'recordFollowUp', 'rated', ['gridWorker', ...S]],
  ['published', 'followUpUnsatisfied', 'assigned', ['gridWorker', ...S]],
  ['published', 'followUpUnsatisfiedRetriage', 'triaged', ['gridWorker', ...S]],
  ['onAgenda', 'rescheduleMeeting', 'onAgenda', ['system']],
  ['published', 'closeUnrated', 'closed', ['system']],
  ['rated', 'close', 'closed', ['supervisor', ...S]],
  ...OPEN.map((s): [string, string, string, string[]] => [s, 'supervise', s, ['supervisor', 'admin']]),
  ...HANDLING.map((s): [string, string, string, string[]] => [s, 'escalate', s, ['system', ...S]]),
  ...HANDLING.map((s): [string, string, string, string[]] => [s, 'markOverdue', s, ['system']]),
]

const key = (from: string | null, action: string) => `${from ?? '∅'} --${action}-->`

describe('transition table', () => {
  it('has exactly the expected rows', () => {
    const actual = TRANSITIONS.map((t) => [t.from, t.action, t.to, [...t.roles].sort()])
    const expected = EXPECTED.map(([f, a, to, roles]) => [f, a, to, [...roles].sort()])
    const sort = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort()
    expect(sort(actual)).toEqual(sort(expected))
  })

  it.each(EXPECTED)('%s --%s--> %s by %j', (from, action, to, roles) => {
    const t = findTransition(from as never, action as never)
    expect(t?.to).toBe(to)
    expect([...(t?.roles ?? [])].sort()).toEqual([...roles].sort())
  })

  it('has one row per (from, action)', () => {
    const keys = TRANSITIONS.map((t) => key(t.from, t.action))
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('uses every action and reaches every status', () => {
    expect(new Set(TRANSITIONS.map((t) => t.action))).toEqual(new Set(CASE_ACTIONS))
    expect(new Set(TRANSITIONS.map((t) => t.to))).toEqual(new Set(CASE_STATUSES))
  })

  it('lets nothing leave a closed status', () => {
    for (const status of STATUS_GROUPS.closed) expect(actionsFrom(status)).toEqual([])
  })

  it('refuses every (status, action) pair not in the table', () => {
    for (const status of [null, ...CASE_STATUSES]) {
      for (const action of CASE_ACTIONS) {
        const listed = EXPECTED.some(([f, a]) => f === status && a === action)
        expect([key(status, action), !!findTransition(status, action)]).toEqual([key(status, action), listed])
      }
    }
  })
})

describe('status groups', () => {
  it('names exactly these open, handling and closed statuses', () => {
    expect([...STATUS_GROUPS.open].sort()).toEqual([...OPEN].sort())
    expect([...STATUS_GROUPS.handling].sort()).toEqual([...HANDLING].sort())
    expect([...STATUS_GROUPS.closed].sort()).toEqual(['closed', 'merged', 'referred'])
    expect([...STATUS_GROUPS.awaitingStaff].sort()).toEqual(['completed', 'deliberated', 'extensionRequested', 'submitted', 'triaged'])
    expect([...STATUS_GROUPS.agenda].sort()).toEqual(['deliberated', 'onAgenda'])
    expect(Object.keys(STATUS_GROUPS).sort()).toEqual(['agenda', 'awaitingStaff', 'closed', 'handling', 'open'])
  })

  it('puts every status in exactly one of open / closed', () => {
    for (const status of CASE_STATUSES) {
      expect(isInGroup(status, 'open') !== isInGroup(status, 'closed')).toBe(true)
      expect(isOpen({ status })).toBe(isInGroup(status, 'open'))
    }
  })
})

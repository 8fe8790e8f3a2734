// The complete role × action matrix, and the scope rules that narrow it (community, grid, unit, own case).
import { FOLLOW_UP_ACTIONS, can, canSubmit, canView, handlesCase, offeredActions, ratedByFollowUp } from '../../src/core/domain/permissions'
import { TRANSITIONS, CASE_ACTIONS } from '../../src/core/domain/transitions'
import { ROLES, type Actor, type Role } from '../../src/core/domain/roles'
import { CASE_STATUSES, type CaseStatus } from '../../src/core/domain/case-status'

const MATRIX: Record<string, Role[]> = {
  submit: ['resident', 'gridWorker', 'staff', 'admin'],
  triage: ['staff', 'admin'],
  resolveOnSpot: ['gridWorker', 'staff', 'admin'],
  mergeDuplicate: ['staff', 'admin'],
  refer: ['staff', 'admin'],
  putOnAgenda: ['staff', 'admin'],
  recordDecision: ['staff', 'admin'],
  assign: ['staff', 'admin'],
  accept: ['handler'],
  progress: ['handler'],
  requestExtension: ['handler'],
  approveExtension: ['staff', 'admin'],
  denyExtension: ['staff', 'admin'],
  returnToStaff: ['handler'],
  complete: ['handler'],
  publish: ['staff', 'admin'],
  rate: ['resident'],
  rateUnsatisfied: ['resident'],
  rateUnsatisfiedRetriage: ['resident'],
  recordFollowUp: ['gridWorker', 'staff', 'admin'],
  followUpUnsatisfied: ['gridWorker', 'staff', 'admin'],
  followUpUnsatisfiedRetriage: ['gridWorker', 'staff', 'admin'],
  supervise: ['supervisor', 'admin'],
  escalate: ['system', 'staff', 'admin'],
  markOverdue: ['system'],
  close: ['supervisor', 'staff', 'admin'],
  closeUnrated: ['system'],
  rescheduleMeeting: ['system'],
}

const CASE = { streetId: 'st1', communityId: 'c1', gridId: 'g1', unitId: 'u1', petitioner: { userId: 'resident-1', name: '王秀英' }, submittedBy: 'resident-1' }

function actorFor(role: Role): Actor {
  const base = { userId: `${role}-1`, name: role, role, streetId: 'st1' }
  switch (role) {
    case 'resident': return { ...base, communityId: 'c1' }
    case 'gridWorker': return { ...base, communityId: 'c1', gridIds: ['g1'] }
    case 'handler': return { ...base, unitId: 'u1' }
    case 'admin': return base
    case 'system': return { ...base, streetId: '*' }
    default: return { ...base, communityId: 'c1' }
  }
}

describe('role × action matrix (in scope)', () => {
  it('covers every action', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...CASE_ACTIONS].sort())
  })

  const cells = CASE_ACTIONS.filter((a) => a !== 'submit').flatMap((action) => ROLES.map((role) => [action, role] as const))
  it.each(cells)('%s by %s', (action, role) => {
    const fromStatuses = TRANSITIONS.filter((t) => t.action === action).map((t) => t.from as CaseStatus)
    for (const status of CASE_STATUSES) {
      const expected = fromStatuses.includes(status) && MATRIX[action].includes(role)
      expect([status, can(actorFor(role), action, { ...CASE, status })]).toEqual([status, expected])
    }
  })

  it.each(ROLES.map((r) => [r]))('submit by %s through its own channel', (role) => {
    const channel = { resident: 'self', gridWorker: 'doorToDoor', staff: 'walkIn', admin: 'phone' }[role as string] ?? 'self'
    expect(canSubmit(actorFor(role), 'c1', channel as never)).toBe(MATRIX.submit.includes(role))
  })
})

describe('scope', () => {
  const status: CaseStatus = 'submitted'
  it('refuses staff of another community', () => {
    expect(can({ ...actorFor('staff'), communityId: 'c2' }, 'triage', { ...CASE, status })).toBe(false)
  })
  it('refuses an admin of another street', () => {
    expect(can({ ...actorFor('admin'), streetId: 'st2' }, 'triage', { ...CASE, status })).toBe(false)
  })
  it('refuses a grid worker outside their grids', () => {
    expect(can({ ...actorFor('gridWorker'), gridIds: ['g2'] }, 'resolveOnSpot', { ...CASE, status })).toBe(false)
  })
  it('refuses a handler of another unit', () => {
    expect(can({ ...actorFor('handler'), unitId: 'u2' }, 'accept', { ...CASE, status: 'assigned' })).toBe(false)
  })
  it('lets only the petitioner rate', () => {
    expect(can({ ...actorFor('resident'), userId: 'resident-2' }, 'rate', { ...CASE, status: 'published' })).toBe(false)
    expect(can(actorFor('resident'), 'rate', { ...CASE, status: 'published' })).toBe(true)
  })
  it('refuses channels that do not belong to a role', () => {
    expect(canSubmit(actorFor('resident'), 'c1', 'phone')).toBe(false)
    expect(canSubmit(actorFor('gridWorker'), 'c1', 'self')).toBe(false)
    expect(canSubmit(actorFor('resident'), 'c2', 'self')).toBe(false)
    expect(canSubmit(actorFor('handler'), 'c1', 'walkIn')).toBe(false)
  })
  it('shows the case to the grid worker who typed it in, even outside their grids', () => {
    expect(canView({ ...actorFor('gridWorker'), userId: 'gw-9', gridIds: [] }, { ...CASE, submittedBy: 'gw-9' })).toBe(true)
    expect(canView({ ...actorFor('gridWorker'), userId: 'gw-8', gridIds: [] }, CASE)).toBe(false)
  })
  it('unmasks personal data only for those handling the case (not the supervision group)', () => {
    expect(handlesCase(actorFor('staff'), CASE)).toBe(true)
    expect(handlesCase(actorFor('handler'), CASE)).toBe(true)
    expect(handlesCase(actorFor('supervisor'), CASE)).toBe(false)
    expect(handlesCase({ ...actorFor('resident'), userId: 'resident-2' }, CASE)).toBe(false)
  })
})

describe('回访 (follow-up) is offered only for petitioners without the app', () => {
  const published = { ...CASE, status: 'published' as const }
  const withoutApp = { ...published, petitioner: { name: '张桂兰', phone: '13972100003' } }

  it('decides by the petitioner’s userId', () => {
    expect(ratedByFollowUp(published)).toBe(false)
    expect(ratedByFollowUp(withoutApp)).toBe(true)
  })

  it.each(['gridWorker', 'staff', 'admin'] as Role[])('offers %s the follow-up actions only when the petitioner has no userId', (role) => {
    const offered = offeredActions(actorFor(role), withoutApp)
    for (const action of FOLLOW_UP_ACTIONS) expect(offered).toContain(action)
    const notOffered = offeredActions(actorFor(role), published)
    for (const action of FOLLOW_UP_ACTIONS) expect(notOffered).not.toContain(action)
  })

  it('offers the petitioner who has the app their own rating, and nobody else the follow-up', () => {
    expect(offeredActions(actorFor('resident'), published)).toContain('rate')
    expect(offeredActions(actorFor('supervisor'), withoutApp)).toEqual(['supervise'])
    expect(offeredActions(actorFor('handler'), withoutApp)).toEqual([])
  })

  it('keeps a grid worker to their grids', () => {
    expect(offeredActions({ ...actorFor('gridWorker'), gridIds: ['g2'] }, withoutApp)).toEqual([])
  })
})

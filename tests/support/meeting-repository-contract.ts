// The meeting repository contract: both database adapters must pass it (called from tests/adapters/sqlite.test.ts and cloud-db.test.ts).
import type { Meeting } from '@core/domain/meeting'
import type { MeetingQuery, MeetingRepository } from '@core/ports/meeting-repository'
import type { ContractSubject } from './repository-contract'

export function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-1',
    streetId: 'street-1',
    communityId: 'community-1',
    kind: 'roundtable',
    title: '12月议事会',
    date: '2026-12-15',
    time: '14:30',
    place: '居民说事厅',
    status: 'planned',
    checkInCode: '4821',
    participants: [{ id: 'p1', part: 'partyConcerned', name: '王秀英', userId: 'user-wang' }],
    items: [{ id: 'i1', kind: 'free', title: '楼道堆物' }],
    version: 1,
    createdBy: 'user-staff-chen',
    createdAt: '2026-11-30T02:00:00.000Z',
    updatedAt: '2026-11-30T02:00:00.000Z',
    ...overrides,
  }
}

async function readAll(repo: MeetingRepository, query: Omit<MeetingQuery, 'cursor'>): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | undefined
  do {
    const page = await repo.list({ ...query, cursor })
    ids.push(...page.items.map((m) => m.id))
    cursor = page.nextCursor
  } while (cursor)
  return ids
}

export function meetingRepositoryContract(name: string, make: () => Promise<ContractSubject>): void {
  describe(`${name}: meeting repository contract`, () => {
    let subject: ContractSubject
    let meetings: MeetingRepository
    beforeEach(async () => {
      subject = await make()
      meetings = subject.repos.meetings
    })
    afterEach(() => subject.close())

    it('creates a meeting once per id and reads it back whole', async () => {
      const meeting = buildMeeting({ hostId: 'user-staff-chen', hostName: '陈主任' })
      expect(await meetings.create(meeting)).toBe(true)
      expect(await meetings.create(buildMeeting({ title: '另一个' }))).toBe(false)
      expect(await meetings.get('meeting-1')).toEqual(meeting)
      expect(await meetings.get('missing')).toBeUndefined()
    })

    it('saves a change only over the version it was read at', async () => {
      const meeting = buildMeeting()
      await meetings.create(meeting)
      const held = { ...meeting, status: 'held' as const, version: 2, items: [{ ...meeting.items[0], minutes: { summary: '讨论', decision: '清理', unitIds: ['u1'], workingDays: 5, level: 'community' as const, recordedAt: 'x', recordedBy: 'y' } }] }
      expect(await meetings.save(held)).toBe('saved')
      expect(await meetings.save({ ...meeting, title: '过期的修改', version: 2 })).toBe('stale')
      expect(await meetings.get(meeting.id)).toEqual(held)
      expect(await meetings.save({ ...held, id: 'missing', version: 3 })).toBe('stale')
    })

    it('lists one status by date in a community, a street or everywhere, page by page, with date bounds', async () => {
      const rows: Array<Partial<Meeting>> = [
        { id: 'm-a', date: '2026-12-05' },
        { id: 'm-b', date: '2026-12-15' },
        { id: 'm-c', date: '2026-12-15' },
        { id: 'm-d', date: '2026-12-25' },
        { id: 'm-e', date: '2026-12-10', communityId: 'community-2' },
        { id: 'm-f', date: '2026-12-12', communityId: 'community-3', streetId: 'street-2' },
        { id: 'm-g', date: '2026-12-01', status: 'held' },
      ]
      for (const row of rows) expect(await meetings.create(buildMeeting(row))).toBe(true)
      expect(await readAll(meetings, { communityId: 'community-1', status: 'planned', order: 'asc', limit: 2 })).toEqual(['m-a', 'm-b', 'm-c', 'm-d'])
      expect(await readAll(meetings, { communityId: 'community-1', status: 'planned', order: 'desc', limit: 3 })).toEqual(['m-d', 'm-c', 'm-b', 'm-a'])
      expect(await readAll(meetings, { communityId: 'community-1', status: 'planned', order: 'asc', fromDate: '2026-12-15', limit: 1 })).toEqual(['m-b', 'm-c', 'm-d'])
      expect(await readAll(meetings, { streetId: 'street-1', status: 'planned', order: 'asc', toDate: '2026-12-15', limit: 10 })).toEqual(['m-a', 'm-e', 'm-b', 'm-c'])
      expect(await readAll(meetings, { status: 'planned', order: 'asc', fromDate: '2026-12-10', toDate: '2026-12-12', limit: 10 })).toEqual(['m-e', 'm-f'])
      expect(await readAll(meetings, { communityId: 'community-1', status: 'held', order: 'desc', limit: 10 })).toEqual(['m-g'])
    })
  })
}

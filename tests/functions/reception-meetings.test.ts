// 逢五说事 by themselves: the meetings timer plans each community's reception days of this month and the next
// (a public holiday moves to the next working day), with the staff on duty as host, once however the runs overlap;
// a walk-in case on a reception day joins that day's reception; minutes still missing 2 working days later are
// flagged to the supervision group, once. On both database adapters.
import { ADAPTERS, createRuntime, type Runtime } from '../support/meeting-runtimes'
import type { MeetingList, MeetingView } from '../../src/core/contracts/meeting-views'
import type { CaseView } from '../../src/core/contracts/views'
import { data } from '../support/local-harness'

const beijing = (at: string) => new Date(at + '+08:00')

describe.each(ADAPTERS)('reception meetings on %s', (adapter) => {
  let r: Runtime
  beforeEach(async () => {
    r = await createRuntime(adapter, beijing('2026-09-20T10:00:00').toISOString())
  })
  afterEach(() => r.close())

  const sweep = async (at: string) => {
    r.clock.set(beijing(at))
    return data(await r.timer('meetings', 'sweepMeetings')) as { receptionsCreated: number; reminded: number; minutesOverdue: number }
  }
  const upcoming = async () => data<MeetingList>(await r.call('persona-staff', 'meetings', 'listMeetings', { view: 'upcoming', limit: 100 })).items.filter((m) => m.kind === 'reception')

  it('plans the rest of September and all of October once, over overlapping runs, moving the days off of 中秋 and 国庆', async () => {
    r.clock.set(beijing('2026-09-20T10:00:00'))
    const runs = await Promise.all([r.timer('meetings', 'sweepMeetings'), r.timer('meetings', 'sweepMeetings'), r.timer('meetings', 'sweepMeetings')])
    expect(runs.map((run) => (data(run) as { receptionsCreated: number }).receptionsCreated).reduce((a, b) => a + b, 0)).toBe(4)
    // 9-25 (中秋, a day off) → Monday 9-28; 10-05 (国庆) → Thursday 10-08; 10-25 is a Sunday, not a holiday: kept.
    expect((await upcoming()).map((m) => [m.date, m.time, m.title, m.place, m.hostName])).toEqual([
      ['2026-09-28', '09:00', '9月28日逢五说事', '航空路社区党群服务中心一楼 居民说事厅', '陈静'],
      ['2026-10-08', '09:00', '10月8日逢五说事', '航空路社区党群服务中心一楼 居民说事厅', '陈静'],
      ['2026-10-15', '09:00', '10月15日逢五说事', '航空路社区党群服务中心一楼 居民说事厅', '陈静'],
      ['2026-10-25', '09:00', '10月25日逢五说事', '航空路社区党群服务中心一楼 居民说事厅', '陈静'],
    ])
    expect((await sweep('2026-09-30T10:00:00')).receptionsCreated).toBe(0)
    // In October the timer adds November (11-25 is a Wednesday: 李娟 is on duty) and nothing twice.
    expect((await sweep('2026-10-20T10:00:00')).receptionsCreated).toBe(3)
    expect((await upcoming()).map((m) => [m.date, m.hostName])).toEqual([
      ['2026-10-25', '陈静'], ['2026-11-05', '陈静'], ['2026-11-15', '陈静'], ['2026-11-25', '李娟'],
    ])
  })

  it('links a walk-in case to that day’s reception and flags its missing minutes 2 working days later, once', async () => {
    await sweep('2026-10-14T10:00:00')
    r.clock.set(beijing('2026-10-15T09:30:00'))
    const walkIn = data<CaseView>(await r.call('persona-staff', 'cases', 'submit', {
      communityId: 'community-hangkonglu', text: '3栋楼顶漏水，家里墙面发霉', channel: 'walkIn', petitioner: { name: '张大爷', phone: '13900000001' }, idempotencyKey: 'walk-in-reception-1',
    }))
    const reception = (await upcoming()).find((m) => m.date === '2026-10-15')!
    const view = data<MeetingView>(await r.call('persona-staff', 'meetings', 'getMeeting', { meetingId: reception.id }))
    expect(view.items).toEqual([expect.objectContaining({ kind: 'case', caseId: walkIn.id, caseNo: walkIn.caseNo, title: '3栋楼顶漏水，家里墙面发霉' })])

    expect((await sweep('2026-10-16T10:00:00')).minutesOverdue).toBe(0)
    // Monday 10-19 is 2 working days after Thursday 10-15.
    const [a, b] = await Promise.all([sweep('2026-10-19T10:00:00'), r.timer('meetings', 'sweepMeetings').then((x) => data(x) as { minutesOverdue: number })])
    expect(a.minutesOverdue + b.minutesOverdue).toBe(1)
    expect((await sweep('2026-10-20T10:00:00')).minutesOverdue).toBe(0)
    const flagged = (await r.inbox('user-supervisor-zhou')).filter((n) => n.kind === 'minutesOverdue')
    expect(flagged).toEqual([{ kind: 'minutesOverdue', title: '议事会逾期未公示纪要', body: '10月15日逢五说事：10月15日 09:00，航空路社区党群服务中心一楼 居民说事厅' }])
  })
})

// A plausible timeline for a bench case (load-data.ts gives placeholder events): 说事, 受理分类, 交办, 接收, 办结 (a seventh
// of them late), 公示, 评价 (one in ten 不满意重办 first) and 结案 as its status implies, 已超期 for open cases past their
// deadline — so the statistics counters of a million cases have the rows and figures real data would give them.
import type { CaseEvent, CaseRecord } from '../../src/core/domain/case'
import type { CaseStatus } from '../../src/core/domain/case-status'
import type { CaseAction } from '../../src/core/domain/transitions'

const HOUR = 3600_000
const DONE: ReadonlySet<CaseStatus> = new Set(['completed', 'published', 'rated', 'closed'])

export function realisticTimeline(item: CaseRecord, now: Date, index: number): CaseEvent[] {
  const start = Date.parse(item.createdAt)
  const events: CaseEvent[] = []
  const add = (action: CaseAction, toStatus: CaseStatus, offsetMs: number, data?: Record<string, unknown>) => {
    const seq = events.length + 1
    events.push({
      id: `${item.id}-t${seq}`, caseId: item.id, seq, action, fromStatus: events.at(-1)?.toStatus ?? null, toStatus,
      actorId: 'user-staff-chen', actorName: '陈静', actorRole: 'staff', at: new Date(start + offsetMs).toISOString(), attachments: [], ...(data ? { data } : {}),
    })
  }
  add('submit', 'submitted', 0, { channel: item.channel })
  if (item.status === 'submitted') return events
  if (item.category) add('triage', 'triaged', HOUR, { category: item.category })
  if (item.status === 'merged') return (add('mergeDuplicate', 'merged', 2 * HOUR), events)
  if (item.status === 'referred') return (add('refer', 'referred', 2 * HOUR), events)
  if (item.status === 'onAgenda' || item.status === 'deliberated') return (add('putOnAgenda', 'onAgenda', 2 * HOUR), item.status === 'deliberated' ? add('recordDecision', 'deliberated', 3 * HOUR) : undefined, events)
  if (!item.unitId) {
    if (item.status === 'triaged') return events
    add('resolveOnSpot', 'completed', 2 * HOUR)
  } else {
    const dueAt = item.dueAt!
    add('assign', 'assigned', 2 * HOUR, { unitId: item.unitId, dueAt })
    if (item.status !== 'assigned') add('accept', 'inProgress', (index % 5 === 0 ? 50 : 3) * HOUR)
    if (item.status === 'extensionRequested') add('requestExtension', 'extensionRequested', 60 * HOUR, { days: 2 })
    if (DONE.has(item.status)) add('complete', 'completed', (index % 7 === 0 ? 12 * 24 : 5 * 24) * HOUR)
    else if (Date.parse(dueAt) < now.getTime() && Date.parse(dueAt) + HOUR < now.getTime()) add('markOverdue', item.status, Date.parse(dueAt) + HOUR - start, { dueAt })
  }
  if (!DONE.has(item.status) || item.status === 'completed') return events
  add('publish', 'published', 13 * 24 * HOUR)
  if (item.status === 'published') return events
  if (item.unitId && index % 10 === 0) {
    add('rateUnsatisfied', 'assigned', 14 * 24 * HOUR, { rating: 'unsatisfied' })
    add('accept', 'inProgress', 14 * 24 * HOUR + HOUR)
    add('complete', 'completed', 15 * 24 * HOUR)
    add('publish', 'published', 15 * 24 * HOUR + HOUR)
  }
  if (index % 13 === 0 && item.status === 'closed') return (add('closeUnrated', 'closed', 22 * 24 * HOUR), events)
  add('rate', 'rated', 16 * 24 * HOUR, { rating: index % 4 === 0 ? 'basicallySatisfied' : 'satisfied' })
  if (item.status === 'closed') add('close', 'closed', 17 * 24 * HOUR)
  return events
}

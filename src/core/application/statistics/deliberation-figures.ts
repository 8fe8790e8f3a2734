// 议事 in numbers: the meetings held in a scope and period of months — by kind and by month, attendance, items
// decided, meetings still without published minutes — and the 定题说事 opened in it with their turnout. Read from the
// meetings of the period (by (scope, status, date), a page of 100 at a time, never the case history) and the
// communities' newest topics. The same callers and scope as getStatistics (statistics-scope.ts).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { MEETING_KINDS, MEETING_KIND_LABELS } from '../../domain/meeting'
import type { MeetingStatus } from '../../domain/meeting-status'
import { monthsBetween } from '../../domain/statistics'
import { ok, type Result } from '../../contracts/result'
import type { StatisticsInput } from '../../contracts/statistics-inputs'
import { resolvePeriod, resolveScope, type ResolvedScope } from './statistics-scope'
import { computeTally } from '../topics/topic-tally'
import { meetingsInPeriod } from '../meetings/meetings-in-period'
import type { DeliberationFigures } from '../../contracts/statistics-views'

export type { DeliberationFigures }

const HELD: readonly MeetingStatus[] = ['held', 'minuted']
/** Topics read per community (newest first): a community runs a few a month. */
const TOPICS_PER_COMMUNITY = 100


export async function getDeliberationFigures(deps: Deps, actor: Actor, input: StatisticsInput): Promise<Result<DeliberationFigures>> {
  const scope = await resolveScope(deps, actor, input.communityId)
  if (!scope.ok) return scope
  const period = resolvePeriod(deps.clock.now(), input)
  if (!period.ok) return period
  return ok(await deliberationFigures(deps, scope.value, period.value.fromMonth, period.value.toMonth))
}

export async function deliberationFigures(deps: Deps, scope: ResolvedScope, fromMonth: string, toMonth: string): Promise<DeliberationFigures> {
  const fromDate = `${fromMonth}-01`
  const toDate = `${toMonth}-31`
  const held = await meetingsInPeriod(deps, scope, HELD, fromDate, toDate)
  const cancelled = await meetingsInPeriod(deps, scope, ['cancelled'], fromDate, toDate)
  const participants = held.reduce((sum, m) => sum + m.participants.length, 0)
  const present = held.reduce((sum, m) => sum + m.participants.filter((p) => p.attendance === 'present').length, 0)
  const items = held.flatMap((m) => m.items)
  return {
    fromMonth,
    toMonth,
    meetingsHeld: held.length,
    byKind: MEETING_KINDS.map((kind) => ({ kind, label: MEETING_KIND_LABELS[kind], held: held.filter((m) => m.kind === kind).length })),
    byMonth: monthsBetween(fromMonth, toMonth).map((month) => ({ month, held: held.filter((m) => m.date.startsWith(month)).length })),
    attendanceRate: participants > 0 ? present / participants : null,
    participants,
    present,
    itemsDecided: items.filter((item) => item.minutes).length,
    itemsOpen: items.filter((item) => !item.minutes).length,
    awaitingMinutes: held.filter((m) => m.status === 'held').length,
    cancelled: cancelled.length,
    topics: await topicsOf(deps, scope, fromDate, toDate),
  }
}

/** Topics opened in the period (not drafts), with their turnout, earliest first. */
async function topicsOf(deps: Deps, scope: ResolvedScope, fromDate: string, toDate: string): Promise<DeliberationFigures['topics']> {
  const communities = scope.communityId ? [scope.communityId] : (await deps.repos.directory.listCommunities(scope.streetId)).map((c) => c.id)
  const out: DeliberationFigures['topics'] = []
  for (const communityId of communities) {
    const { items } = await deps.repos.topics.listByCommunity(communityId, TOPICS_PER_COMMUNITY)
    for (const topic of items) {
      if (!topic.openedAt || topic.opensOn < fromDate || topic.opensOn > toDate) continue
      const tally = computeTally(topic, await deps.repos.topics.tally(topic.id), () => '')
      out.push({ id: topic.id, question: topic.question, opensOn: topic.opensOn, closesOn: topic.closesOn, unit: tally.unit, answers: tally.answers, eligible: tally.eligible, turnoutPercent: tally.turnoutPercent })
    }
  }
  return out.sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.id.localeCompare(b.id))
}

// The counter rows a case contributes to, from its facts, and the change between two versions of its facts.
//
// A row is (scope, bucket, dimension, key) -> figures:
//   scope      'c:<communityId>' or 's:<streetId>' (the community and the whole street);
//   bucket     the Shanghai month of receipt 'YYYY-MM', or 'now' for what is true at this moment (超期未办);
//   dimension  'all' (key ''), 'category' | 'channel' | 'grid' | 'unit' (key: the value, '-' for none), or 'appraisal'
//              (key: a unit that was given the case; the unit appraisal's figures);
//   figures    metric -> count (statistics.ts), with the working-days histogram under 'days:N'.
// A dashboard of one scope and a year reads at most 12 × (1 + categories + channels + grids + 2 × units) rows + the 'now'
// rows, however many cases there are.
import type { CaseFacts } from './statistics-facts'
import { isOverdueOpen } from './statistics-facts'
import { isInGroup } from './case-status'
import { NO_VALUE, daysKey, type Figures } from './statistics'

export const COUNTER_DIMENSIONS = ['all', 'category', 'channel', 'grid', 'unit', 'appraisal'] as const
export type CounterDimension = (typeof COUNTER_DIMENSIONS)[number]
export const CURRENT_BUCKET = 'now'

export interface CounterKey {
  scope: string
  bucket: string
  dimension: CounterDimension
  key: string
}

export interface CounterRow extends CounterKey {
  figures: Figures
}

export const communityScope = (communityId: string): string => `c:${communityId}`
export const streetScope = (streetId: string): string => `s:${streetId}`

/** One string per row (also the cloud document id): the parts never contain '|'. */
export function counterId(key: CounterKey): string {
  return [key.scope, key.bucket, key.dimension, key.key].join('|')
}

export function parseCounterId(id: string): CounterKey {
  const [scope, bucket, dimension, ...rest] = id.split('|')
  return { scope, bucket, dimension: dimension as CounterDimension, key: rest.join('|') }
}

export type Contribution = Map<string, Figures>

function caseFigures(facts: CaseFacts): Figures {
  const figures: Figures = { received: 1 }
  const set = (key: string, on: boolean) => { if (on) figures[key] = 1 }
  set('closed', isInGroup(facts.status, 'closed'))
  set('onTime', facts.completion === 'onTime')
  set('late', facts.completion === 'late' || (!facts.completion && isOverdueOpen(facts)))
  set('published', facts.published)
  if (facts.rating) figures[facts.rating] = 1
  set('reached', facts.reached)
  set('followedUp', facts.followedUp)
  set('reopened', facts.reopened)
  if (facts.status === 'closed' && facts.closeDays !== undefined) {
    figures.closedWithDays = 1
    figures[daysKey(facts.closeDays)] = 1
  }
  return figures
}

function appraisalFigures(facts: CaseFacts, unitId: string): Figures {
  const unit = facts.units[unitId]
  const figures: Figures = { assigned: 1 }
  const set = (key: string, on: boolean, value = 1) => { if (on && value > 0) figures[key] = value }
  set('acceptedOnTime', unit.accepted === 'onTime')
  set('completedOnTime', unit.completedOnTime)
  set('extensions', true, unit.extensions)
  set('returns', true, unit.returns)
  const ratedHere = !!facts.rating && facts.ratingUnitId === unitId
  set('rated', ratedHere)
  set('ratedSatisfied', ratedHere && (facts.rating === 'satisfied' || facts.rating === 'basicallySatisfied'))
  return figures
}

/** Every row the case adds to, with what it adds. */
export function contributionOf(facts: CaseFacts | undefined): Contribution {
  const rows: Contribution = new Map()
  if (!facts) return rows
  const add = (key: CounterKey, figures: Figures) => {
    const id = counterId(key)
    const row = rows.get(id) ?? {}
    for (const [metric, value] of Object.entries(figures)) row[metric] = (row[metric] ?? 0) + value
    rows.set(id, row)
  }
  const figures = caseFigures(facts)
  const overdue = isOverdueOpen(facts)
  for (const scope of [communityScope(facts.communityId), streetScope(facts.streetId)]) {
    const at = (dimension: CounterDimension, key: string) => ({ scope, bucket: facts.month, dimension, key })
    add(at('all', ''), figures)
    add(at('category', facts.category ?? NO_VALUE), figures)
    add(at('channel', facts.channel), figures)
    add(at('grid', facts.gridId ?? NO_VALUE), figures)
    add(at('unit', facts.unitId ?? NO_VALUE), figures)
    for (const unitId of Object.keys(facts.units)) add(at('appraisal', unitId), appraisalFigures(facts, unitId))
    if (overdue) {
      add({ scope, bucket: CURRENT_BUCKET, dimension: 'all', key: '' }, { overdueNow: 1 })
      add({ scope, bucket: CURRENT_BUCKET, dimension: 'appraisal', key: facts.unitId! }, { overdueNow: 1 })
    }
  }
  return rows
}

/** after − before, row by row, keeping only the metrics that changed (the rows an event must write). */
export function contributionChange(before: CaseFacts | undefined, after: CaseFacts | undefined): Contribution {
  const old = contributionOf(before)
  const next = contributionOf(after)
  const change: Contribution = new Map()
  for (const id of new Set([...old.keys(), ...next.keys()])) {
    const a = old.get(id) ?? {}
    const b = next.get(id) ?? {}
    const delta: Figures = {}
    for (const metric of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = (b[metric] ?? 0) - (a[metric] ?? 0)
      if (d !== 0) delta[metric] = d
    }
    if (Object.keys(delta).length > 0) change.set(id, delta)
  }
  return change
}

/** A stored row's figures plus a change, without zero metrics; undefined when nothing is left (delete the row). */
export function applyChange(stored: Figures | undefined, delta: Figures): Figures | undefined {
  const out: Figures = { ...(stored ?? {}) }
  for (const [metric, value] of Object.entries(delta)) {
    const next = (out[metric] ?? 0) + value
    if (next === 0) delete out[metric]
    else out[metric] = next
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/** Sums contributions into rows (for recount). */
export function sumInto(total: Contribution, add: Contribution): Contribution {
  for (const [id, figures] of add) {
    const row = total.get(id) ?? {}
    for (const [metric, value] of Object.entries(figures)) row[metric] = (row[metric] ?? 0) + value
    total.set(id, row)
  }
  return total
}

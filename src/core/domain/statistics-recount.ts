// Recount: the counter rows rebuilt from the timelines alone, and the rows where the stored counters differ.
import type { CaseEvent } from './case'
import type { Figures } from './statistics'
import { foldTimeline, type CaseFacts, type CaseOrigin } from './statistics-facts'
import { contributionOf, sumInto, type Contribution } from './statistics-counters'

export interface Timeline {
  origin: CaseOrigin
  /** Oldest first. */
  events: readonly CaseEvent[]
}

/** Adds one case's rows to `total` and answers its facts. */
export function recountCase(total: Contribution, timeline: Timeline): CaseFacts | undefined {
  const facts = foldTimeline(timeline.events, timeline.origin)
  sumInto(total, contributionOf(facts))
  return facts
}

export interface Drift {
  /** counterId of the row. */
  id: string
  stored: Figures
  expected: Figures
}

const withoutZeros = (figures: Figures | undefined): Figures => Object.fromEntries(Object.entries(figures ?? {}).filter(([, v]) => v !== 0))

function same(a: Figures, b: Figures): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) if ((a[key] ?? 0) !== (b[key] ?? 0)) return false
  return true
}

/** Every row whose stored figures differ from the recounted ones (missing rows count as empty), ordered by id. */
export function counterDrift(stored: ReadonlyMap<string, Figures>, expected: ReadonlyMap<string, Figures>): Drift[] {
  const drift: Drift[] = []
  for (const id of [...new Set([...stored.keys(), ...expected.keys()])].sort()) {
    const s = withoutZeros(stored.get(id))
    const e = withoutZeros(expected.get(id))
    if (!same(s, e)) drift.push({ id, stored: s, expected: e })
  }
  return drift
}

/** One line per metric that differs: `c:community-x|2026-11|all| received: stored 3, recounted 4`. */
export function describeDrift(drift: readonly Drift[]): string[] {
  return drift.flatMap(({ id, stored, expected }) =>
    [...new Set([...Object.keys(stored), ...Object.keys(expected)])].sort()
      .filter((metric) => (stored[metric] ?? 0) !== (expected[metric] ?? 0))
      .map((metric) => `${id} ${metric}: stored ${stored[metric] ?? 0}, recounted ${expected[metric] ?? 0}`))
}

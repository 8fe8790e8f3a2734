// An answer to a topic: one per person, or one per household when the topic counts households. Its id is derived
// from the topic and whom it counts for, so both databases hold at most one (a unique key, not a check-then-write).
import type { Role } from './roles'

export type TopicAnswerChannel = 'app' | 'doorToDoor'

export interface TopicAnswer {
  /** topicAnswerId(topicId, countsFor). */
  id: string
  topicId: string
  communityId: string
  buildingId: string
  householdId?: string
  /** `user:<userId>` or `household:<householdId>`: whom the answer counts for. */
  countsFor: string
  optionId?: string
  comment?: string
  /** The resident who answered (per household: the one who answered first, who alone may change it). */
  respondent: { userId?: string; name: string; room?: string }
  /** Who wrote it down: the resident themself, or the grid worker at the door. */
  recordedBy: { userId: string; name: string; role: Role }
  channel: TopicAnswerChannel
  createdAt: string
  updatedAt: string
  version: number
  /** The client keys of the writes that made this answer (the latest few): a retried write changes nothing. */
  keys: string[]
}

/** How many client keys an answer remembers. */
export const ANSWER_KEYS_KEPT = 10

export function answerCountsFor(perHousehold: boolean, who: { userId?: string; householdId?: string }): string {
  if (perHousehold || !who.userId) return `household:${who.householdId}`
  return `user:${who.userId}`
}

export function topicAnswerId(topicId: string, countsFor: string): string {
  return `${topicId}__${countsFor.replace(':', '_')}`
}

/** Counts of one building: answers, per option, and how many wrote a comment. */
export interface TopicBuildingTally {
  buildingId: string
  answers: number
  comments: number
  options: Record<string, number>
}

/** The change an answer makes to the tally: minus the previous version, plus the new one. */
export function tallyDelta(previous: TopicAnswer | undefined, next: TopicAnswer): Array<{ buildingId: string; option?: string; comment: boolean; by: 1 | -1 }> {
  const out: Array<{ buildingId: string; option?: string; comment: boolean; by: 1 | -1 }> = []
  if (previous) out.push({ buildingId: previous.buildingId, option: previous.optionId, comment: !!previous.comment, by: -1 })
  out.push({ buildingId: next.buildingId, option: next.optionId, comment: !!next.comment, by: 1 })
  return out
}

/** A building's counts after the delta entries that concern it. */
export function applyTallyDelta(tally: TopicBuildingTally, entries: ReturnType<typeof tallyDelta>): TopicBuildingTally {
  const options = { ...tally.options }
  let { answers, comments } = tally
  for (const entry of entries.filter((e) => e.buildingId === tally.buildingId)) {
    answers += entry.by
    if (entry.comment) comments += entry.by
    if (entry.option) options[entry.option] = (options[entry.option] ?? 0) + entry.by
  }
  return { buildingId: tally.buildingId, answers, comments, options }
}

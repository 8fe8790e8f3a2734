// Who may do what with a topic: staff (their community) and admins (their street) manage; supervisors read the
// tally; grid workers see topics touching their grids and record answers door-to-door; residents answer for themselves.
import type { Actor } from './roles'
import type { Topic } from './topic'

/** Staff of the topic's community, or an admin of its street. */
export function managesTopics(actor: Actor, place: { communityId: string; streetId: string }): boolean {
  if (actor.role === 'staff') return actor.communityId === place.communityId && actor.streetId === place.streetId
  if (actor.role === 'admin') return actor.streetId === place.streetId
  return false
}

/** Managers and the community's supervision group see the tally and the comments. */
export function readsTopicTally(actor: Actor, topic: Topic): boolean {
  if (managesTopics(actor, topic)) return true
  return actor.role === 'supervisor' && actor.communityId === topic.communityId && actor.streetId === topic.streetId
}

/** A grid worker's grids among the grids of the topic's buildings (`gridOf`: building id → grid id). */
export function gridWorkerCovers(actor: Actor, topic: Topic, gridOf: ReadonlyMap<string, string>): boolean {
  if (actor.role !== 'gridWorker' || actor.communityId !== topic.communityId) return false
  const grids = new Set(actor.gridIds ?? [])
  return topic.buildingIds.some((buildingId) => grids.has(gridOf.get(buildingId) ?? ''))
}

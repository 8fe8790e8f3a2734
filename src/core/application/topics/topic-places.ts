// Where a topic asks and who the caller is in it: the community's buildings, a resident's household, and the
// checks every topic action shares (found, in the caller's street, visible to the caller).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { Building, Household } from '../../domain/directory'
import type { Topic } from '../../domain/topic'
import { topicStatus } from '../../domain/topic'
import { gridWorkerCovers, readsTopicTally } from '../../domain/topic-permissions'
import { fail, type Failure } from '../../contracts/result'

export interface TopicPlaces {
  buildings: Map<string, Building>
  /** building id → grid id */
  gridOf: Map<string, string>
}

export async function topicPlaces(deps: Deps, communityId: string): Promise<TopicPlaces> {
  const buildings = new Map((await deps.repos.directory.listBuildings(communityId)).map((b) => [b.id, b]))
  return { buildings, gridOf: new Map([...buildings.values()].map((b) => [b.id, b.gridId])) }
}

/** A resident's registered household (with its building), or undefined when they have none. */
export async function residentHousehold(deps: Deps, actor: Actor): Promise<Household | undefined> {
  if (actor.role !== 'resident') return undefined
  const user = await deps.repos.users.get(actor.userId)
  return user?.householdId ? deps.repos.directory.getHousehold(user.householdId) : undefined
}

/** Who may see the topic at all: managers and supervisors always; grid workers and residents once it is published, in their grids or buildings. */
export function seesTopic(actor: Actor, topic: Topic, places: TopicPlaces, household: Household | undefined): boolean {
  if (readsTopicTally(actor, topic)) return true
  if (!topic.openedAt) return false
  if (actor.role === 'gridWorker') return gridWorkerCovers(actor, topic, places.gridOf)
  if (actor.role === 'resident') return actor.communityId === topic.communityId && !!household && topic.buildingIds.includes(household.buildingId)
  return false
}

/** The topic, or TOPIC_NOT_FOUND for a missing one or one outside the caller's street (never tell which). */
export async function loadTopic(deps: Deps, actor: Actor, topicId: string): Promise<Topic | Failure> {
  const topic = await deps.repos.topics.get(topicId)
  if (!topic || (actor.role !== 'system' && topic.streetId !== actor.streetId)) return fail('TOPIC_NOT_FOUND', undefined, 'topicId')
  return topic
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false
}

/** The building names of a topic, in its order. */
export function buildingNames(topic: Topic, places: TopicPlaces): string[] {
  return topic.buildingIds.map((id) => places.buildings.get(id)?.name ?? id)
}

export const statusNow = (deps: Deps, topic: Topic) => topicStatus(topic, deps.clock.now())

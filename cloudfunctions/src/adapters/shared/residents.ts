// findResidents() on both adapters: the residents found by household and by phone, once each, by id, at most 20.
import type { User } from '@core/domain/directory'

export const RESIDENTS_FOUND = 20

export function residentsById(found: User[]): User[] {
  const unique = new Map(found.map((user) => [user.id, user]))
  return [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, RESIDENTS_FOUND)
}

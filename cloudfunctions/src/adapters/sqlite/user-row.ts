// User <-> `users` row: lookup columns (openid, role, street, community, household, phone) plus the whole user as JSON.
import type { User } from '@core/domain/directory'
import { compact } from './json-columns'

export interface UserRow {
  id: string
  openid: string
  role: string
  street_id: string
  community_id: string | null
  household_id: string | null
  phone: string | null
  data: string
}

export function userToRow(user: User): UserRow {
  return {
    id: user.id,
    openid: user.openid,
    role: user.role,
    street_id: user.streetId,
    community_id: user.communityId ?? null,
    household_id: user.householdId ?? null,
    phone: user.phone ?? null,
    data: JSON.stringify(compact(user)),
  }
}

export function userFromRow(row: UserRow): User {
  return JSON.parse(row.data) as User
}

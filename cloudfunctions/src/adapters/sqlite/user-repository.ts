// UserRepository over SQLite: openid is unique; role lists ordered by id; residents found by household or phone.
import type { User } from '@core/domain/directory'
import type { UserRepository } from '@core/ports/repositories'
import type { Database } from './database'
import { userFromRow, userToRow, type UserRow } from './user-row'
import { RESIDENTS_FOUND, residentsById } from '../shared/residents'

export function createSqliteUserRepository(db: Database): UserRepository {
  const byId = db.prepare('SELECT * FROM users WHERE id = ?')
  const byOpenid = db.prepare('SELECT * FROM users WHERE openid = ?')
  const byRole = db.prepare('SELECT * FROM users WHERE street_id = ? AND role = ? ORDER BY id')
  const residentsBy = (column: 'household_id' | 'phone') =>
    db.prepare(`SELECT * FROM users WHERE role = 'resident' AND community_id = ? AND ${column} = ? ORDER BY id LIMIT ${RESIDENTS_FOUND}`)
  const byHousehold = residentsBy('household_id')
  const byPhone = residentsBy('phone')
  const upsert = db.prepare(`INSERT INTO users (id, openid, role, street_id, community_id, household_id, phone, data)
    VALUES (@id, @openid, @role, @street_id, @community_id, @household_id, @phone, @data)
    ON CONFLICT (id) DO UPDATE SET openid = excluded.openid, role = excluded.role, street_id = excluded.street_id,
      community_id = excluded.community_id, household_id = excluded.household_id, phone = excluded.phone, data = excluded.data`)
  return {
    async get(id: string) {
      const row = byId.get(id) as UserRow | undefined
      return row && userFromRow(row)
    },
    async getByOpenid(openid: string) {
      const row = byOpenid.get(openid) as UserRow | undefined
      return row && userFromRow(row)
    },
    async listByRole(streetId: string, role: User['role']) {
      return (byRole.all(streetId, role) as UserRow[]).map(userFromRow)
    },
    async findResidents(communityId, match) {
      const rows = [
        ...(match.householdId ? (byHousehold.all(communityId, match.householdId) as UserRow[]) : []),
        ...(match.phone ? (byPhone.all(communityId, match.phone) as UserRow[]) : []),
      ]
      return residentsById(rows.map(userFromRow))
    },
    async upsert(user: User) {
      upsert.run(userToRow(user))
    },
  }
}

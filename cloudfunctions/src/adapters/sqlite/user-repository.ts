// UserRepository over SQLite: openid is unique; role lists ordered by id.
import type { User } from '@core/domain/directory'
import type { UserRepository } from '@core/ports/repositories'
import type { Database } from './database'
import { userFromRow, userToRow, type UserRow } from './user-row'

export function createSqliteUserRepository(db: Database): UserRepository {
  const byId = db.prepare('SELECT * FROM users WHERE id = ?')
  const byOpenid = db.prepare('SELECT * FROM users WHERE openid = ?')
  const byRole = db.prepare('SELECT * FROM users WHERE street_id = ? AND role = ? ORDER BY id')
  const upsert = db.prepare(`INSERT INTO users (id, openid, role, street_id, data) VALUES (@id, @openid, @role, @street_id, @data)
    ON CONFLICT (id) DO UPDATE SET openid = excluded.openid, role = excluded.role, street_id = excluded.street_id, data = excluded.data`)
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
    async upsert(user: User) {
      upsert.run(userToRow(user))
    },
  }
}

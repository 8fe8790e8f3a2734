// UserRepository over the cloud database: doc _id = user id; openid is unique; residents by household or phone (see indexes.ts).
import type { User } from '@core/domain/directory'
import type { UserRepository } from '@core/ports/repositories'
import type { CloudDatabase } from './database-api'
import { COLLECTIONS } from './collections'
import { fetchAll, getOrUndefined } from './doc-helpers'
import { userFromDoc, userToDoc } from './user-mapper'
import { RESIDENTS_FOUND, residentsById } from '../shared/residents'

export function createCloudUserRepository(db: CloudDatabase): UserRepository {
  const users = () => db.collection(COLLECTIONS.users)
  return {
    async get(id: string) {
      const doc = await getOrUndefined(users().doc(id))
      return doc && userFromDoc(doc)
    },
    async getByOpenid(openid: string) {
      const { data } = await users().where({ openid }).orderBy('_id', 'asc').limit(1).get()
      return data.length > 0 ? userFromDoc(data[0]) : undefined
    },
    async listByRole(streetId: string, role: User['role']) {
      const docs = await fetchAll(db, COLLECTIONS.users, { streetId, role })
      return docs.map(userFromDoc)
    },
    async findResidents(communityId, match) {
      const by = async (field: 'householdId' | 'phone', value: string | undefined) =>
        value ? (await users().where({ communityId, role: 'resident', [field]: value }).orderBy('_id', 'asc').limit(RESIDENTS_FOUND).get()).data : []
      const docs = [...(await by('householdId', match.householdId)), ...(await by('phone', match.phone))]
      return residentsById(docs.map(userFromDoc))
    },
    async upsert(user: User) {
      await users().doc(user.id).set({ data: userToDoc(user) })
    },
  }
}

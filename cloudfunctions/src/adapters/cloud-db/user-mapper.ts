// User <-> `users` document (doc _id = user id).
import type { User } from '@core/domain/directory'
import type { DocData, StoredDoc } from './database-api'
import { compact } from './doc-helpers'

type UserDoc = Omit<User, 'id'> & { _id: string }

export function userToDoc(user: User): DocData {
  return compact({
    openid: user.openid,
    name: user.name,
    phone: user.phone,
    phoneVerified: user.phoneVerified,
    privacyConsentAt: user.privacyConsentAt,
    role: user.role,
    streetId: user.streetId,
    communityId: user.communityId,
    gridIds: user.gridIds && [...user.gridIds],
    unitId: user.unitId,
    householdId: user.householdId,
  })
}

export function userFromDoc(stored: StoredDoc): User {
  const doc = stored as unknown as UserDoc
  return compact<User>({
    id: doc._id,
    openid: doc.openid,
    name: doc.name,
    phone: doc.phone,
    phoneVerified: doc.phoneVerified,
    privacyConsentAt: doc.privacyConsentAt,
    role: doc.role,
    streetId: doc.streetId,
    communityId: doc.communityId,
    gridIds: doc.gridIds,
    unitId: doc.unitId,
    householdId: doc.householdId,
  })
}

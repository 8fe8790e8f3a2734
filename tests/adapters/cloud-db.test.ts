// The cloud-db adapter against the repository contract. It runs on the in-memory TEST DOUBLE of the wx-server-sdk
// database API (tests/support/cloud-db-double.ts), because the real SDK cannot run offline.
import { createCloudDbRepositories } from '../../cloudfunctions/src/adapters/cloud-db'
import { CLOUD_DB_INDEXES, COLLECTIONS } from '../../cloudfunctions/src/adapters/cloud-db'
import { CloudDbDouble } from '../support/cloud-db-double'
import { repositoryContract } from '../support/repository-contract'
import { meetingRepositoryContract } from '../support/meeting-repository-contract'
import { buildCase, buildFirstEvent } from '../support/builders'

const doubles: CloudDbDouble[] = []

const subject = async () => {
  const db = new CloudDbDouble()
  doubles.push(db)
  return { repos: createCloudDbRepositories(db), close: async () => undefined }
}
repositoryContract('cloud-db (on the test double)', subject)
meetingRepositoryContract('cloud-db (on the test double)', subject)

// Every get() the adapter makes, in every test of this file, asks for an explicit limit of at most 101 (100 + 1).
afterEach(() => {
  const gets = doubles.flatMap((db) => db.getLog.splice(0))
  for (const entry of gets) {
    if (entry.limit === undefined || entry.limit > 101) throw new Error(`get() on ${entry.collection} with limit ${String(entry.limit)}`)
  }
})

describe('cloud-db: how the adapter uses the database', () => {
  it('resolves racing creates through a transaction conflict and a retry', async () => {
    const db = new CloudDbDouble()
    doubles.push(db)
    const repos = createCloudDbRepositories(db)
    const a = buildCase({ idempotencyKey: 'race' })
    const b = buildCase({ idempotencyKey: 'race' })
    const outcomes = await Promise.all([repos.cases.create(a, buildFirstEvent(a)), repos.cases.create(b, buildFirstEvent(b))])
    expect(outcomes.map((o) => o.created).sort()).toEqual([false, true])
    expect(db.conflicts).toBeGreaterThan(0)
    expect(db.dump(COLLECTIONS.cases)).toHaveLength(1)
  })

  it('stores cases by id, keys by key, and events by id', async () => {
    const db = new CloudDbDouble()
    doubles.push(db)
    const repos = createCloudDbRepositories(db)
    const item = buildCase()
    const first = buildFirstEvent(item)
    await repos.cases.create(item, first)
    expect(db.dump(COLLECTIONS.cases).map((d) => d._id)).toEqual([item.id])
    expect(db.dump(COLLECTIONS.idempotencyKeys)).toEqual([{ _id: item.idempotencyKey, caseId: item.id, createdAt: item.createdAt }])
    expect(db.dump(COLLECTIONS.caseEvents).map((d) => d._id)).toEqual([first.id])
    expect(db.dump(COLLECTIONS.cases)[0]).not.toHaveProperty('id')
  })

  it('lists an index for every collection, and one for each case query', () => {
    for (const name of Object.values(COLLECTIONS)) expect(CLOUD_DB_INDEXES).toHaveProperty([name])
    const used = CLOUD_DB_INDEXES.cases.map((index) => index.usedBy).join('\n')
    for (const query of ['petitioner.userId', 'submittedBy', 'unitId', 'gridId', 'communityId', 'streetId', 'listDue', 'listStale', 'countForDay']) {
      expect(used).toContain(query)
    }
    const usersUsed = CLOUD_DB_INDEXES.users.map((index) => index.usedBy).join('\n')
    for (const query of ['getByOpenid', 'listByRole', 'findResidents by household', 'findResidents by phone']) expect(usersUsed).toContain(query)
  })
})

// DirectoryRepository over the cloud database: one collection per kind, doc _id = record id, lists ordered by id.
import type { Building, Community, Grid, Household, Street, Unit } from '@core/domain/directory'
import type { DirectoryRepository } from '@core/ports/repositories'
import type { CloudDatabase } from './database-api'
import { COLLECTIONS } from './collections'
import { fetchAll, getOrUndefined } from './doc-helpers'
import { directoryFromDoc, directoryToDoc } from './directory-mapper'

type DirectoryKind = Parameters<DirectoryRepository['upsert']>[0]

const KIND_COLLECTIONS: Record<DirectoryKind, string> = {
  street: COLLECTIONS.streets,
  community: COLLECTIONS.communities,
  grid: COLLECTIONS.grids,
  building: COLLECTIONS.buildings,
  household: COLLECTIONS.households,
  unit: COLLECTIONS.units,
}

export function createCloudDirectoryRepository(db: CloudDatabase): DirectoryRepository {
  async function getOne<T extends { id: string }>(collection: string, id: string): Promise<T | undefined> {
    const doc = await getOrUndefined(db.collection(collection).doc(id))
    return doc && directoryFromDoc<T>(doc)
  }

  async function listBy<T extends { id: string }>(collection: string, field: string, value: string): Promise<T[]> {
    const docs = await fetchAll(db, collection, { [field]: value })
    return docs.map((doc) => directoryFromDoc<T>(doc))
  }

  return {
    listStreets: async () => (await fetchAll(db, COLLECTIONS.streets, { _id: db.command.neq('') })).map((doc) => directoryFromDoc<Street>(doc)),
    getStreet: (id) => getOne<Street>(COLLECTIONS.streets, id),
    getCommunity: (id) => getOne<Community>(COLLECTIONS.communities, id),
    listCommunities: (streetId) => listBy<Community>(COLLECTIONS.communities, 'streetId', streetId),
    listGrids: (communityId) => listBy<Grid>(COLLECTIONS.grids, 'communityId', communityId),
    listBuildings: (communityId) => listBy<Building>(COLLECTIONS.buildings, 'communityId', communityId),
    listHouseholds: (buildingId) => listBy<Household>(COLLECTIONS.households, 'buildingId', buildingId),
    getHousehold: (id) => getOne<Household>(COLLECTIONS.households, id),
    listUnits: (streetId) => listBy<Unit>(COLLECTIONS.units, 'streetId', streetId),
    getUnit: (id) => getOne<Unit>(COLLECTIONS.units, id),
    async upsert(kind, record) {
      await db.collection(KIND_COLLECTIONS[kind]).doc(record.id).set({ data: directoryToDoc(record) })
    },
  }
}

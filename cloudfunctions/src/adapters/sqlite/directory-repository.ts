// DirectoryRepository over SQLite: one table per kind, lists ordered by id.
// A street's units are read by every list that names a handling unit, and change rarely: they are kept per process
// (frozen) until a unit changes, on this connection through any repository or on another connection: triggers count
// the changes in units_version (schema.ts), one row read before each use.
import type { Building, Community, Grid, Household, Street, Unit } from '@core/domain/directory'
import type { DirectoryRepository } from '@core/ports/repositories'
import type { Database } from './database'
import { DIRECTORY_TABLES, directoryFromRow, directoryToRow, type DirectoryKind } from './directory-row'
import { statementCache } from './statements'

export function createSqliteDirectoryRepository(db: Database): DirectoryRepository {
  const statement = statementCache(db)

  function getOne<T extends { id: string }>(kind: DirectoryKind, id: string): T | undefined {
    const row = statement(`SELECT data FROM ${DIRECTORY_TABLES[kind].table} WHERE id = ?`).get(id) as { data: string } | undefined
    return row && directoryFromRow<T>(row)
  }

  function listBy<T extends { id: string }>(kind: DirectoryKind, parentId: string): T[] {
    const { table, parent } = DIRECTORY_TABLES[kind]
    if (!parent) throw new Error(`${kind} has no parent to list by`)
    const rows = statement(`SELECT data FROM ${table} WHERE ${parent.column} = ? ORDER BY id`).all(parentId) as Array<{ data: string }>
    return rows.map((row) => directoryFromRow<T>(row))
  }

  const unitsByStreet = new Map<string, readonly Unit[]>()
  let seen = -1
  function cachedUnits(streetId: string): Unit[] {
    const version = statement('SELECT version FROM units_version WHERE id = 1').pluck().get() as number
    if (version !== seen) {
      unitsByStreet.clear()
      seen = version
    }
    let units = unitsByStreet.get(streetId)
    if (!units) {
      units = Object.freeze(listBy<Unit>('unit', streetId).map((unit) => Object.freeze(unit)))
      unitsByStreet.set(streetId, units)
    }
    return [...units]
  }

  return {
    listStreets: async () =>
      (statement(`SELECT data FROM ${DIRECTORY_TABLES.street.table} ORDER BY id`).all() as Array<{ data: string }>).map((row) => directoryFromRow<Street>(row)),
    getStreet: async (id) => getOne<Street>('street', id),
    getCommunity: async (id) => getOne<Community>('community', id),
    listCommunities: async (streetId) => listBy<Community>('community', streetId),
    listGrids: async (communityId) => listBy<Grid>('grid', communityId),
    listBuildings: async (communityId) => listBy<Building>('building', communityId),
    listHouseholds: async (buildingId) => listBy<Household>('household', buildingId),
    getHousehold: async (id) => getOne<Household>('household', id),
    listUnits: async (streetId) => cachedUnits(streetId),
    getUnit: async (id) => getOne<Unit>('unit', id),
    async upsert(kind, record) {
      const { table, parent } = DIRECTORY_TABLES[kind]
      const row = directoryToRow(kind, record)
      if (parent) {
        statement(`INSERT INTO ${table} (id, ${parent.column}, data) VALUES (@id, @parent, @data)
          ON CONFLICT (id) DO UPDATE SET ${parent.column} = excluded.${parent.column}, data = excluded.data`).run(row)
      } else {
        statement(`INSERT INTO ${table} (id, data) VALUES (@id, @data) ON CONFLICT (id) DO UPDATE SET data = excluded.data`).run({ id: row.id, data: row.data })
      }
    },
  }
}

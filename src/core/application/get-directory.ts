// The directory a worker's forms need: the street's communities and units, the community's grids, and — for 入户登记
// and intake — the buildings with their households (names and phones of heads of household). Households go only to
// grid workers (the buildings of their grids) and staff / admins of a community; everyone else gets no buildings.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { Building, Community, Grid, Unit } from '../domain/directory'
import { ok, type Result } from '../contracts/result'

export interface DirectoryBuilding {
  id: string
  name: string
  gridId: string
  households: { id: string; room: string; headName: string; phone?: string }[]
}

export interface Directory {
  communities: Community[]
  grids: Grid[]
  units: Unit[]
  buildings: DirectoryBuilding[]
}

export async function getDirectory(deps: Deps, actor: Actor): Promise<Result<Directory>> {
  const communities = await deps.repos.directory.listCommunities(actor.streetId)
  const grids = actor.communityId ? await deps.repos.directory.listGrids(actor.communityId) : []
  const units = await deps.repos.directory.listUnits(actor.streetId)
  const buildings = []
  for (const building of await buildingsFor(deps, actor)) {
    const households = (await deps.repos.directory.listHouseholds(building.id)).map((h) => ({
      id: h.id,
      room: h.room,
      headName: h.headName,
      ...(h.phone ? { phone: h.phone } : {}),
    }))
    buildings.push({ id: building.id, name: building.name, gridId: building.gridId, households })
  }
  return ok({ communities, grids, units, buildings })
}

/** The buildings whose households the actor may see. */
async function buildingsFor(deps: Deps, actor: Actor): Promise<Building[]> {
  if (!actor.communityId) return []
  switch (actor.role) {
    case 'gridWorker': {
      const grids = new Set(actor.gridIds ?? [])
      return (await deps.repos.directory.listBuildings(actor.communityId)).filter((b) => grids.has(b.gridId))
    }
    case 'staff':
    case 'admin':
      return deps.repos.directory.listBuildings(actor.communityId)
    default:
      return []
  }
}

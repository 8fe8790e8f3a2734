// The households a worker may type an intake in for, from identity.getDirectory (buildings are new there: an answer
// without them simply offers no list, and the room is typed in). The last answer is kept on the phone, so a worker
// who opens the page without a signal can still pick the room.
import type { StateStorage } from 'zustand/middleware'
import type { IntakeBuilding, IntakeDirectory, IntakeWho } from './types'

export const DIRECTORY_KEY = 'shuoshi-intake-directory'

interface DirectoryAnswer {
  communities?: { id: string; name: string }[]
  buildings?: { id: string; name: string; gridId: string; households?: { id: string; room: string; headName: string; phone?: string }[] }[]
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-Hans-CN', { numeric: true })

export function toDirectory(who: IntakeWho, answer: DirectoryAnswer | undefined): IntakeDirectory {
  const grids = who.role === 'gridWorker' && who.gridIds && who.gridIds.length > 0 ? new Set(who.gridIds) : undefined
  const buildings: IntakeBuilding[] = (Array.isArray(answer?.buildings) ? answer.buildings : [])
    .filter((building) => !grids || grids.has(building.gridId))
    .map((building) => ({
      id: building.id,
      name: building.name,
      gridId: building.gridId,
      households: (Array.isArray(building.households) ? building.households : [])
        .map((household) => ({ id: household.id, room: household.room, headName: household.headName, ...(household.phone ? { phone: household.phone } : {}) }))
        .sort((a, b) => a.room.localeCompare(b.room, 'zh-Hans-CN', { numeric: true })),
    }))
    .sort(byName)
  const communities = (Array.isArray(answer?.communities) ? answer.communities : []).map((community) => ({ id: community.id, name: community.name }))
  return { who, communities, buildings }
}

export function saveDirectory(storage: StateStorage, directory: IntakeDirectory): void {
  try {
    void storage.setItem(DIRECTORY_KEY, JSON.stringify(directory))
  } catch {
    // no room: the list is asked for again next time
  }
}

/** The kept directory, when it is the given user's (or any, when nobody is known to be signed in). */
export function readDirectory(storage: StateStorage, userId?: string): IntakeDirectory | undefined {
  try {
    const raw = storage.getItem(DIRECTORY_KEY)
    if (typeof raw !== 'string') return undefined
    const parsed = JSON.parse(raw) as IntakeDirectory
    if (!parsed?.who?.userId || !Array.isArray(parsed.buildings) || !Array.isArray(parsed.communities)) return undefined
    return !userId || parsed.who.userId === userId ? parsed : undefined
  } catch {
    return undefined
  }
}

/** "航空路小区1栋1单元101", as the server writes a household's room on a case. */
export function roomLabel(building: IntakeBuilding | undefined, room: string): string {
  return building ? building.name + room : room
}

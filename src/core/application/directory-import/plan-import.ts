// Resolves typed rows against the street's directory (names in the file first, then those already stored) and
// plans the records to write: new ones with stable ids, known ones merged. Every problem is reported by line.
import type { Building, Community, Grid, Household, Unit } from '../../domain/directory'
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../../domain/category'
import { stableId } from '../../domain/stable-id'
import type { DirectoryRepository } from '../../ports/repositories'
import type { DirectoryRecord } from '../../ports/administration'
import type { ImportKind, RowProblem } from './columns'
import type { ImportRow } from './read-rows'

export type ImportCounts = Record<Exclude<ImportKind, 'unitMember'> | 'unitMember', { created: number; updated: number }>

export interface ImportPlan {
  records: DirectoryRecord[]
  problems: RowProblem[]
  counts: ImportCounts
}

const ORDER: ImportKind[] = ['community', 'grid', 'unit', 'unitMember', 'building', 'household']

function unitKindOf(text: string): UnitKind | undefined {
  const code = UNIT_KINDS.find((kind) => kind === text || UNIT_KIND_LABELS[kind] === text)
  return code ?? UNIT_KINDS.find((kind) => UNIT_KIND_LABELS[kind].split('/').includes(text))
}

export async function planImport(directory: DirectoryRepository, streetId: string, rows: ImportRow[]): Promise<ImportPlan> {
  const problems: RowProblem[] = []
  const counts = Object.fromEntries(ORDER.map((kind) => [kind, { created: 0, updated: 0 }])) as ImportCounts
  const written = new Map<string, DirectoryRecord>()
  const seen = new Map<string, number>()
  const write = (entry: DirectoryRecord, known: boolean, kind: ImportKind) => {
    if (!written.has(`${entry.kind}:${entry.record.id}`)) counts[kind][known ? 'updated' : 'created'] += 1
    written.set(`${entry.kind}:${entry.record.id}`, entry)
  }
  /** The first line of a natural key in the file, or undefined (and records it) when this is the first. */
  const duplicateOf = (key: string, line: number) => {
    const first = seen.get(key)
    if (first === undefined) seen.set(key, line)
    return first
  }

  const communities = new Map((await directory.listCommunities(streetId)).map((c) => [c.name, c]))
  const units = new Map((await directory.listUnits(streetId)).map((u) => [u.name, u]))
  const gridsOf = new Map<string, Map<string, Grid>>()
  const buildingsOf = new Map<string, Map<string, Building>>()
  const householdsOf = new Map<string, Map<string, Household>>()
  const grids = async (communityId: string) => {
    if (!gridsOf.has(communityId)) gridsOf.set(communityId, new Map((await directory.listGrids(communityId)).map((g) => [g.name, g])))
    return gridsOf.get(communityId)!
  }
  const buildings = async (communityId: string) => {
    if (!buildingsOf.has(communityId)) buildingsOf.set(communityId, new Map((await directory.listBuildings(communityId)).map((b) => [b.name, b])))
    return buildingsOf.get(communityId)!
  }
  const households = async (buildingId: string) => {
    if (!householdsOf.has(buildingId)) householdsOf.set(buildingId, new Map((await directory.listHouseholds(buildingId)).map((h) => [h.room, h])))
    return householdsOf.get(buildingId)!
  }
  const community = (row: ImportRow) => {
    const found = communities.get(row.cell('社区'))
    if (!found) problems.push({ line: row.line, message: `找不到社区“${row.cell('社区')}”（请先在本文件或系统中建立该社区）` })
    return found
  }

  for (const kind of ORDER) {
    for (const row of rows.filter((r) => r.kind === kind)) {
      const name = row.cell('名称')
      if (kind === 'community') {
        const first = duplicateOf(`community:${name}`, row.line)
        if (first !== undefined) { problems.push({ line: row.line, message: `社区“${name}”重复（第${first}行已有）` }); continue }
        const known = communities.get(name)
        const record: Community = {
          ...(known ?? { id: stableId('community', streetId, name), streetId, hotline: '', hall: '', receptionDays: '' }),
          name,
          ...(row.phone ? { hotline: row.phone } : {}),
          ...(row.cell('地址') ? { hall: row.cell('地址') } : {}),
          ...(row.cell('接待日') ? { receptionDays: row.cell('接待日') } : {}),
        }
        communities.set(name, record)
        write({ kind: 'community', record }, !!known, kind)
      } else if (kind === 'grid') {
        const parent = community(row)
        if (!parent) continue
        const first = duplicateOf(`grid:${parent.id}:${name}`, row.line)
        if (first !== undefined) { problems.push({ line: row.line, message: `网格“${name}”在${parent.name}中重复（第${first}行已有）` }); continue }
        const known = (await grids(parent.id)).get(name)
        const record: Grid = { id: known?.id ?? stableId('grid', parent.id, name), communityId: parent.id, name }
        ;(await grids(parent.id)).set(name, record)
        write({ kind: 'grid', record }, !!known, kind)
      } else if (kind === 'unit') {
        const unitKind = unitKindOf(row.cell('单位类别'))
        if (!unitKind) { problems.push({ line: row.line, message: `单位类别“${row.cell('单位类别')}”不认识，应为${UNIT_KINDS.map((k) => UNIT_KIND_LABELS[k]).join('、')}之一` }); continue }
        const parent = row.cell('社区') ? community(row) : undefined
        if (row.cell('社区') && !parent) continue
        const first = duplicateOf(`unit:${name}`, row.line)
        if (first !== undefined) { problems.push({ line: row.line, message: `单位“${name}”重复（第${first}行已有）` }); continue }
        const known = units.get(name)
        const record: Unit = { ...(known ?? { id: stableId('unit', streetId, name), streetId }), name, kind: unitKind }
        if (parent) record.communityId = parent.id
        if (row.phone) record.phone = row.phone
        units.set(name, record)
        write({ kind: 'unit', record }, !!known, kind)
      } else if (kind === 'unitMember') {
        const unit = units.get(row.cell('单位'))
        if (!unit) { problems.push({ line: row.line, message: `找不到单位“${row.cell('单位')}”` }); continue }
        const person = row.cell('姓名')
        const first = duplicateOf(`member:${unit.id}:${person}`, row.line)
        if (first !== undefined) { problems.push({ line: row.line, message: `${unit.name}的成员“${person}”重复（第${first}行已有）` }); continue }
        const members = (unit.members ?? []).filter((m) => m.name !== person)
        const known = members.length !== (unit.members ?? []).length
        const record: Unit = { ...unit, members: [...members, row.phone ? { name: person, phone: row.phone } : { name: person }] }
        units.set(unit.name, record)
        written.set(`unit:${unit.id}`, { kind: 'unit', record })
        counts.unitMember[known ? 'updated' : 'created'] += 1
      } else if (kind === 'building') {
        const parent = community(row)
        if (!parent) continue
        const grid = (await grids(parent.id)).get(row.cell('网格'))
        if (!grid) { problems.push({ line: row.line, message: `找不到网格“${row.cell('网格')}”（${parent.name}）` }); continue }
        const first = duplicateOf(`building:${parent.id}:${name}`, row.line)
        if (first !== undefined) { problems.push({ line: row.line, message: `楼栋“${name}”在${parent.name}中重复（第${first}行已有）` }); continue }
        const known = (await buildings(parent.id)).get(name)
        const record: Building = { id: known?.id ?? stableId('building', parent.id, name), communityId: parent.id, gridId: grid.id, name }
        ;(await buildings(parent.id)).set(name, record)
        write({ kind: 'building', record }, !!known, kind)
      } else {
        const parent = community(row)
        if (!parent) continue
        const building = (await buildings(parent.id)).get(row.cell('楼栋'))
        if (!building) { problems.push({ line: row.line, message: `找不到楼栋“${row.cell('楼栋')}”（${parent.name}）` }); continue }
        const room = row.cell('房号')
        const first = duplicateOf(`household:${building.id}:${room}`, row.line)
        if (first !== undefined) { problems.push({ line: row.line, message: `房号“${room}”在${building.name}中重复（第${first}行已有）` }); continue }
        const known = (await households(building.id)).get(room)
        const record: Household = { id: known?.id ?? stableId('household', building.id, room), buildingId: building.id, room, headName: row.cell('姓名') }
        if (row.phone) record.phone = row.phone
        write({ kind: 'household', record }, !!known, kind)
      }
    }
  }
  return { records: [...written.values()], problems: problems.sort((a, b) => a.line - b.line), counts }
}

// Directory records <-> rows: the id and the parent column (for lookups) as columns, the whole record as JSON.
import type { DirectoryRepository } from '@core/ports/repositories'
import { compact } from './json-columns'

export type DirectoryKind = Parameters<DirectoryRepository['upsert']>[0]

export interface DirectoryTable {
  table: string
  /** Column and record field of the parent a list is read by, if any. */
  parent?: { column: string; field: string }
}

export const DIRECTORY_TABLES: Record<DirectoryKind, DirectoryTable> = {
  street: { table: 'streets' },
  community: { table: 'communities', parent: { column: 'street_id', field: 'streetId' } },
  grid: { table: 'grids', parent: { column: 'community_id', field: 'communityId' } },
  building: { table: 'buildings', parent: { column: 'community_id', field: 'communityId' } },
  household: { table: 'households', parent: { column: 'building_id', field: 'buildingId' } },
  unit: { table: 'units', parent: { column: 'street_id', field: 'streetId' } },
}

export interface DirectoryRow {
  id: string
  parent: string | null
  data: string
}

export function directoryToRow(kind: DirectoryKind, record: { id: string }): DirectoryRow {
  const { parent } = DIRECTORY_TABLES[kind]
  const parentValue = parent ? (record as Record<string, unknown>)[parent.field] : null
  if (parent && typeof parentValue !== 'string') throw new TypeError(`${kind} ${record.id} needs a string ${parent.field}`)
  return { id: record.id, parent: parentValue as string | null, data: JSON.stringify(compact(record)) }
}

export function directoryFromRow<T extends { id: string }>(row: { data: string }): T {
  return JSON.parse(row.data) as T
}

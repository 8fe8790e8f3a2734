// 通讯录导入: communities, grids, buildings, households, units and their members from an address book table.
// Caller: an admin (their street) or the command line (`npm run import:directory`, as the system for one street).
// A dry run only reports; an import writes nothing unless every row is good (all or nothing per file), then
// writes every record with one audit event. Answers { written, problems, counts }; FORBIDDEN for non-admins.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import { fail, ok, type Result } from '../contracts/result'
import type { AddressTable, RowProblem } from './directory-import/columns'
import { readRows } from './directory-import/read-rows'
import { planImport, type ImportCounts } from './directory-import/plan-import'

export interface ImportReport {
  dryRun: boolean
  /** True when the records were written (never with problems, never on a dry run). */
  written: boolean
  problems: RowProblem[]
  counts: ImportCounts
  rows: number
}

export interface ImportInput {
  table: AddressTable
  dryRun?: boolean
  fileName?: string
}

export async function importDirectory(deps: Deps, actor: Actor, input: ImportInput): Promise<Result<ImportReport>> {
  if (actor.role !== 'admin' && actor.role !== 'system') return fail('FORBIDDEN', '只有街道管理员可以导入通讯录')
  // The command line may dry-run a street it has not created yet.
  const street = (await deps.repos.directory.getStreet(actor.streetId)) ?? (actor.role === 'system' && input.dryRun ? { id: actor.streetId } : undefined)
  if (!street) return fail('NOT_FOUND', '找不到您所在的街道')
  const read = readRows(input.table)
  const plan = await planImport(deps.repos.directory, street.id, read.rows)
  const problems = [...read.problems, ...plan.problems].sort((a, b) => a.line - b.line)
  const dryRun = input.dryRun === true
  const report: ImportReport = { dryRun, written: false, problems, counts: plan.counts, rows: input.table.rows.length }
  if (dryRun || problems.length > 0 || plan.records.length === 0) return ok(report)
  await deps.repos.admin.importDirectory(plan.records, {
    id: deps.ids.next(),
    streetId: street.id,
    at: deps.clock.now().toISOString(),
    action: 'importDirectory',
    actor: { userId: actor.userId, name: actor.name, role: actor.role },
    data: { fileName: input.fileName ?? '', rows: input.table.rows.length, counts: plan.counts },
  })
  return ok({ ...report, written: true })
}

/** "第3行：…" lines for people (the command line and the app). */
export function describeProblems(problems: readonly RowProblem[]): string[] {
  return problems.map((p) => `第${p.line}行：${p.message}`)
}

// `npm run import:directory -- --file 通讯录.csv [--dry-run] [--data .data] [--street 胜利街道]`: checks an address
// book (.csv or .xlsx) and, unless --dry-run or a row is bad, writes it into the local database in one transaction.
// The street: --street (created when new), else the database's only street. Exit code 1 when anything is wrong.
import path from 'node:path'
import { createLocalRuntime } from '../../src/local/local-deps'
import { describeProblems, importDirectory, type ImportReport } from '../../../src/core/application/import-directory'
import { IMPORT_KIND_LABELS } from '../../../src/core/application/directory-import/columns'
import { stableId } from '../../../src/core/domain/stable-id'
import type { Deps } from '../../../src/core/ports'
import type { Street } from '../../../src/core/domain/directory'
import { readAddressBook } from './read-address-book'
import { runCommandLine } from '../run-command'

export interface ImportOptions {
  file: string
  dryRun: boolean
  dataDir: string
  street?: string
}

export function parseArguments(argv: readonly string[]): ImportOptions | { error: string } {
  const options: Partial<ImportOptions> = { dryRun: false, dataDir: process.env.SHUOSHI_DATA ?? '.data' }
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]
    if (flag === '--dry-run') options.dryRun = true
    else if (flag === '--file' || flag === '--data' || flag === '--street') {
      const value = argv[i + 1]
      if (value === undefined) return { error: `${flag} 后面要跟一个值` }
      i += 1
      if (flag === '--file') options.file = value
      else if (flag === '--data') options.dataDir = value
      else options.street = value
    } else return { error: `不认识的参数：${flag}` }
  }
  if (!options.file) return { error: '用法：npm run import:directory -- --file 通讯录.csv [--dry-run] [--data .data] [--street 街道名称]' }
  return options as ImportOptions
}

async function streetFor(deps: Deps, name: string | undefined, dryRun: boolean): Promise<Street | string> {
  const streets = await deps.repos.directory.listStreets()
  if (name) {
    const known = streets.find((s) => s.name === name)
    if (known) return known
    const street = { id: stableId('street', name), name }
    if (!dryRun) await deps.repos.directory.upsert('street', street)
    return street
  }
  if (streets.length === 1) return streets[0]
  return streets.length === 0 ? '数据库里还没有街道：请用 --street 街道名称 指明' : `数据库里有${streets.length}个街道：请用 --street 指明导入到哪一个`
}

export function formatReport(report: ImportReport): string[] {
  const lines = Object.entries(report.counts)
    .filter(([, c]) => c.created + c.updated > 0)
    .map(([kind, c]) => `  ${IMPORT_KIND_LABELS[kind as keyof typeof IMPORT_KIND_LABELS]}：新增${c.created}，更新${c.updated}`)
  const head = report.problems.length > 0
    ? [`发现${report.problems.length}处错误，${report.dryRun ? '' : '没有写入任何数据；'}请改正后再导入：`, ...describeProblems(report.problems).map((l) => `  ${l}`)]
    : [report.written ? `已导入（共${report.rows}行）：` : report.dryRun ? `检查通过（共${report.rows}行，试运行，未写入）：` : '没有可导入的内容']
  return [...head, ...(report.problems.length === 0 ? lines : [])]
}

export async function runImport(options: ImportOptions): Promise<{ code: number; lines: string[] }> {
  const read = readAddressBook(options.file)
  if ('error' in read) return { code: 1, lines: [read.error] }
  const runtime = createLocalRuntime(path.resolve(options.dataDir))
  try {
    const street = await streetFor(runtime.deps, options.street, options.dryRun)
    if (typeof street === 'string') return { code: 1, lines: [street] }
    const actor = { userId: 'system', name: '命令行导入', role: 'system' as const, streetId: street.id }
    const result = await importDirectory(runtime.deps, actor, { table: read.table, dryRun: options.dryRun, fileName: path.basename(options.file) })
    if (!result.ok) return { code: 1, lines: [result.message] }
    return { code: result.value.problems.length > 0 ? 1 : 0, lines: [`${street.name}（${options.file}）`, ...formatReport(result.value)] }
  } finally {
    runtime.db.close()
  }
}

if (require.main === module) runCommandLine(parseArguments, runImport, '导入失败：')

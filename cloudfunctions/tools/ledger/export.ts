// `npm run export:ledger -- --from 2026-11-01 --to 2026-11-30 [--community id] [--format csv|xlsx] [--full] --out file
// [--data .data]`: writes the 台账 of the local database's street (or one community) for a period. Masked unless
// --full, which is recorded in the audit trail like an export from the app. Exit code 1 when anything is wrong.
import fs from 'node:fs'
import path from 'node:path'
import { createLocalRuntime } from '../../src/local/local-deps'
import { buildLedger, LEDGER_MAX_CASES } from '../../../src/core/application/ledger/build-ledger'
import { LEDGER_FORMATS, type LedgerFormat } from '../../../src/core/domain/ledger'
import { periodRange } from '../../../src/core/domain/report-period'
import { renderWorkbook } from '../../src/adapters/shared/render-workbook'
import { runCommandLine } from '../run-command'

export interface LedgerCommandOptions {
  from: string
  to: string
  communityId?: string
  format: LedgerFormat
  full: boolean
  out: string
  dataDir: string
}

const USAGE = '用法：npm run export:ledger -- --from 2026-11-01 --to 2026-11-30 [--community 社区编号] [--format csv|xlsx] [--full] --out 文件 [--data .data]'
const VALUE_FLAGS = { '--from': 'from', '--to': 'to', '--community': 'communityId', '--format': 'format', '--out': 'out', '--data': 'dataDir' } as const

export function parseArguments(argv: readonly string[]): LedgerCommandOptions | { error: string } {
  const options: Partial<Record<string, string | boolean>> = { dataDir: process.env.SHUOSHI_DATA ?? '.data', full: false }
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]
    if (flag === '--full') options.full = true
    else if (flag in VALUE_FLAGS) {
      const value = argv[i + 1]
      if (value === undefined) return { error: `${flag} 后面要跟一个值` }
      options[VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS]] = value
      i += 1
    } else return { error: `不认识的参数：${flag}` }
  }
  if (!options.from || !options.to || !options.out) return { error: USAGE }
  const format = (options.format as string | undefined) ?? (String(options.out).toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv')
  if (!(LEDGER_FORMATS as readonly string[]).includes(format)) return { error: `文件格式只能是 csv 或 xlsx，不是 ${format}` }
  return { ...(options as unknown as LedgerCommandOptions), format: format as LedgerFormat }
}

export async function runLedgerExport(options: LedgerCommandOptions): Promise<{ code: number; lines: string[] }> {
  const period = periodRange(options)
  if ('error' in period) return { code: 1, lines: [period.error] }
  const runtime = createLocalRuntime(path.resolve(options.dataDir))
  try {
    const { deps } = runtime
    const streets = await deps.repos.directory.listStreets()
    const community = options.communityId ? await deps.repos.directory.getCommunity(options.communityId) : undefined
    if (options.communityId && !community) return { code: 1, lines: [`找不到社区：${options.communityId}`] }
    const street = community ? streets.find((s) => s.id === community.streetId) : streets.length === 1 ? streets[0] : undefined
    if (!street) return { code: 1, lines: [streets.length === 0 ? '数据库里还没有街道' : `数据库里有${streets.length}个街道：请用 --community 指明社区`] }
    const scope = { streetId: street.id, communityId: community?.id }
    const workbook = await buildLedger(deps, { scope, scopeName: community?.name ?? street.name, period, full: options.full })
    if (workbook === 'tooMany') return { code: 1, lines: [`这一时段的事项超过${LEDGER_MAX_CASES}件，请缩短时段分次导出`] }
    const rows = workbook.sheets[0].rows.length
    if (options.full) {
      await deps.repos.admin.appendAudit({
        id: deps.ids.next(), streetId: street.id, communityId: community?.id, at: deps.clock.now().toISOString(), action: 'exportLedger',
        actor: { userId: 'system', name: '命令行导出', role: 'system' },
        data: { from: period.from, to: period.to, scope: community?.name ?? street.name, format: options.format, rows, full: true, out: path.basename(options.out) },
      })
    }
    const file = renderWorkbook(workbook, options.format)
    fs.writeFileSync(options.out, file.bytes)
    return { code: 0, lines: [`已导出 ${workbook.title}：${rows}件事项${options.full ? '（含完整个人信息，已记入变动记录）' : '（个人信息已隐去）'} → ${options.out}`] }
  } finally {
    runtime.db.close()
  }
}

if (require.main === module) runCommandLine(parseArguments, runLedgerExport, '导出失败：')

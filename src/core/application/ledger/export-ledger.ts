// 导出台账: the cases of a period (and the sections wired in) as a CSV or .xlsx file to download.
// Who: staff (their community), admins (their street, or one community of it), supervisors (their community, masked
// only). Names, phones and rooms are masked unless staff or an admin deliberately ask for `full`; such an export is
// written to the audit trail (who, when, period, scope, format, rows). Errors: FORBIDDEN, NOT_FOUND (community),
// INVALID_INPUT (a period that ends before it starts, longer than a year, more than 10,000 cases).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import type { LedgerFormat } from '../../domain/ledger'
import { periodRange } from '../../domain/report-period'
import { fail, ok, type Result } from '../../contracts/result'
import type { PublishedExport } from '../../ports/export-files'
import { buildLedger, LEDGER_MAX_CASES } from './build-ledger'
import { ledgerScopeOf } from './ledger-scope'

export interface ExportLedgerInput {
  from: string
  to: string
  communityId?: string
  format: LedgerFormat
  full?: boolean
}

export interface LedgerExport extends PublishedExport {
  rows: number
  masked: boolean
}

export async function exportLedger(deps: Deps, actor: Actor, input: ExportLedgerInput): Promise<Result<LedgerExport>> {
  const period = periodRange(input)
  if ('error' in period) return fail('INVALID_INPUT', period.error, period.field)
  const full = input.full === true
  if (full && actor.role === 'supervisor') return fail('FORBIDDEN', '督办组只能导出隐去个人信息的台账', 'full')
  const scope = await ledgerScopeOf(deps, actor, input.communityId)
  if (!scope.ok) return scope
  if (!deps.exportFiles) return fail('INTERNAL', '这个环境还不能导出文件')
  const workbook = await buildLedger(deps, { scope: scope.value.scope, scopeName: scope.value.name, period, full })
  if (workbook === 'tooMany') return fail('INVALID_INPUT', `这一时段的事项超过${LEDGER_MAX_CASES}件，请缩短时段分次导出`, 'to')
  const at = deps.clock.now().toISOString()
  const rows = workbook.sheets[0].rows.length
  if (full) {
    await deps.repos.admin.appendAudit({
      id: deps.ids.next(), streetId: actor.streetId, communityId: scope.value.scope.communityId, at, action: 'exportLedger',
      actor: { userId: actor.userId, name: actor.name, role: actor.role },
      data: { from: period.from, to: period.to, scope: scope.value.name, format: input.format, rows, full: true },
    })
  }
  const file = await deps.exportFiles.publish(workbook, input.format, actor.userId, at)
  return ok({ ...file, rows, masked: !full })
}

// `npm run export:ledger`: the 台账 of the local .data SQLite for a period, masked unless --full (then audited).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { createLocalRuntime } from '../../cloudfunctions/src/local/local-deps'
import { seedDemo } from '../../cloudfunctions/src/local/seed'
import { dispatch } from '../../cloudfunctions/src/runtime/dispatcher'
import { FUNCTION_ACTIONS } from '../../cloudfunctions/src/runtime/registry'
import { parseArguments, runLedgerExport } from '../../cloudfunctions/tools/ledger/export'
import { parseXlsx } from '../../cloudfunctions/tools/directory/xlsx'
import { FixedClock } from '../support/fixed-clock'
import { DEMO_COMMUNITY } from '../support/case-steps'

let dataDir: string
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-ledger-'))
  const runtime = createLocalRuntime(dataDir)
  const clock = new FixedClock('2026-11-12T02:00:00Z')
  runtime.deps.clock = clock
  await seedDemo(runtime.deps.repos)
  for (const text of ['路灯不亮', '垃圾桶满了']) {
    clock.advanceDays(1)
    await dispatch(FUNCTION_ACTIONS.cases, { action: 'submit', payload: { communityId: DEMO_COMMUNITY, text, channel: 'self', idempotencyKey: `ledger-${text.length}-${text}` } }, { deps: runtime.deps, openid: 'persona-resident' })
  }
  runtime.db.close()
})
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

it('reads its arguments; the format follows --format or the file name', () => {
  expect(parseArguments(['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'a.xlsx', '--data', '/tmp/x'])).toEqual({ from: '2026-11-01', to: '2026-11-30', out: 'a.xlsx', format: 'xlsx', full: false, dataDir: '/tmp/x' })
  expect(parseArguments(['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'a.txt', '--full', '--community', 'c-1'])).toMatchObject({ format: 'csv', full: true, communityId: 'c-1' })
  expect(parseArguments(['--from', '2026-11-01'])).toEqual({ error: expect.stringContaining('用法') })
  expect(parseArguments(['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'a', '--format', 'pdf'])).toEqual({ error: '文件格式只能是 csv 或 xlsx，不是 pdf' })
  expect(parseArguments(['--verbose'])).toEqual({ error: '不认识的参数：--verbose' })
})

it('writes the masked 台账 of the street, and a full one of a community that goes into the audit trail', async () => {
  const out = path.join(dataDir, 'masked.xlsx')
  const masked = await runLedgerExport({ from: '2026-11-01', to: '2026-11-30', format: 'xlsx', full: false, out, dataDir })
  expect(masked).toEqual({ code: 0, lines: [`已导出 荆州市沙市区胜利街道说事台账（2026-11-01至2026-11-30）（个人信息已隐去）：2件事项（个人信息已隐去） → ${out}`] })
  const table = parseXlsx(fs.readFileSync(out))
  expect(table.rows.map((r) => [r.cells[3], r.cells[6]])).toEqual([['王**', '路灯不亮'], ['王**', '垃圾桶满了']])

  const fullOut = path.join(dataDir, 'full.csv')
  expect((await runLedgerExport({ from: '2026-11-01', to: '2026-11-30', communityId: DEMO_COMMUNITY, format: 'csv', full: true, out: fullOut, dataDir })).code).toBe(0)
  expect(fs.readFileSync(fullOut, 'utf8')).toContain(',王秀英,13972100001,')
  const runtime = createLocalRuntime(dataDir)
  const audit = await runtime.deps.repos.admin.listAudit({ streetId: 'street-shengli' }, 10)
  runtime.db.close()
  expect(audit[0]).toMatchObject({ action: 'exportLedger', actor: { name: '命令行导出' }, data: { from: '2026-11-01', to: '2026-11-30', scope: '航空路社区', format: 'csv', rows: 2, full: true } })
})

it('as a command: a period that ends before it starts exits 1 with the reason, and writes no file', () => {
  const out = path.join(dataDir, 'never.csv')
  const run = spawnSync('npx', ['tsx', 'cloudfunctions/tools/ledger/export.ts', '--from', '2026-11-30', '--to', '2026-11-01', '--out', out, '--data', dataDir], { cwd: path.join(__dirname, '../..'), encoding: 'utf8' })
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('结束日期（2026-11-01）早于开始日期（2026-11-30），请重新选择时段')
  expect(fs.existsSync(out)).toBe(false)
})

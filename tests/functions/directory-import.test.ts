// 通讯录导入: `npm run import:directory` on the local database (dry run, import, running the same file again), a bad
// file writes nothing and names each bad row; the identity action is for admins only; the same use case on the cloud
// database adapter (its test double).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runImport, parseArguments } from '../../cloudfunctions/tools/directory/import'
import { createLocalRuntime } from '../../cloudfunctions/src/local/local-deps'
import { seedDemo } from '../../cloudfunctions/src/local/seed'
import { createCloudDbRepositories } from '../../cloudfunctions/src/adapters/cloud-db'
import { importDirectory } from '../../src/core/application/import-directory'
import { parseCsv } from '../../src/core/application/directory-import/csv'
import type { Deps } from '../../src/core/ports'
import { CloudDbDouble } from '../support/cloud-db-double'
import { createHarness, data, type Harness } from '../support/local-harness'
import { FixedClock } from '../support/fixed-clock'

const example = path.join(__dirname, '../../docs/directory-example.csv')
const exampleXlsx = path.join(__dirname, '../../docs/directory-example.xlsx')

async function seededDataDir(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-import-'))
  const runtime = createLocalRuntime(dir)
  await seedDemo(runtime.deps.repos)
  runtime.db.close()
  return dir
}

function readBack(dir: string) {
  const runtime = createLocalRuntime(dir)
  const count = (table: string) => (runtime.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number)
  const out = { communities: count('communities'), grids: count('grids'), buildings: count('buildings'), households: count('households'), units: count('units'), audit: count('audit_events'), repos: runtime.deps.repos }
  return { ...out, close: () => runtime.db.close() }
}

it('parses its arguments', () => {
  expect(parseArguments(['--file', 'a.csv', '--dry-run', '--data', '/tmp/x'])).toEqual({ file: 'a.csv', dryRun: true, dataDir: '/tmp/x' })
  expect(parseArguments([])).toEqual({ error: expect.stringContaining('用法') })
  expect(parseArguments(['--file'])).toEqual({ error: '--file 后面要跟一个值' })
  expect(parseArguments(['--file', 'a.csv', '--force'])).toEqual({ error: '不认识的参数：--force' })
})

it('dry-runs, imports, and imports the same file again as updates (CSV and the same book as .xlsx)', async () => {
  const dir = await seededDataDir()
  const before = readBack(dir)
  const counts = { communities: before.communities, households: before.households }
  before.close()

  const dry = await runImport({ file: example, dryRun: true, dataDir: dir })
  expect(dry.code).toBe(0)
  expect(dry.lines).toContain('检查通过（共14行，试运行，未写入）：')
  expect(dry.lines).toContain('  住户：新增3，更新1')
  const untouched = readBack(dir)
  expect([untouched.communities, untouched.households, untouched.audit]).toEqual([counts.communities, counts.households, 0])
  untouched.close()

  const done = await runImport({ file: example, dryRun: false, dataDir: dir })
  expect(done).toEqual({ code: 0, lines: expect.arrayContaining(['已导入（共14行）：', '  社区：新增1，更新1', '  单位成员：新增2，更新0']) })
  const after = readBack(dir)
  expect([after.communities, after.households, after.audit]).toEqual([counts.communities + 1, counts.households + 3, 1])
  const hangkonglu = await after.repos.directory.getCommunity('community-hangkonglu')
  expect(hangkonglu?.dutyRoster).toBeDefined() // merged, not replaced
  const households = await after.repos.directory.listHouseholds('building-1')
  expect(households.find((h) => h.room === '1单元101')).toEqual({ id: 'household-101', buildingId: 'building-1', room: '1单元101', headName: '王秀英', phone: '13972100001' })
  const units = await after.repos.directory.listUnits('street-shengli')
  expect(units.find((u) => u.name === '胜利街道环卫所')).toMatchObject({ id: 'unit-sanitation', members: [{ name: '孙强', phone: '13972100031' }] })
  expect(units.find((u) => u.name === '红星物业服务中心')).toMatchObject({ kind: 'property', members: [{ name: '马丽', phone: '13972100032' }] })
  const [event] = await after.repos.admin.listAudit({ streetId: 'street-shengli' }, 5)
  expect(event).toMatchObject({ action: 'importDirectory', actor: { role: 'system' }, data: { fileName: 'directory-example.csv', rows: 14 } })
  after.close()

  const again = await runImport({ file: exampleXlsx, dryRun: false, dataDir: dir })
  expect(again.lines).toEqual(expect.arrayContaining(['  社区：新增0，更新2', '  住户：新增0，更新4']))
  const last = readBack(dir)
  expect([last.communities, last.households]).toEqual([counts.communities + 1, counts.households + 3])
  last.close()
})

it('writes nothing from a file with a duplicate room, an unknown grid, a malformed phone, and names each line', async () => {
  const dir = await seededDataDir()
  const file = path.join(dir, 'bad.csv')
  fs.writeFileSync(file, [
    '类型,名称,社区,网格,楼栋,房号,姓名,电话,单位,单位类别',
    '网格,第三网格,航空路社区,,,,,,,',
    '楼栋,新楼,航空路社区,第九网格,,,,,,',
    '住户,,航空路社区,,航空路小区1栋,3单元301,甲,13972100301,,',
    '住户,,航空路社区,,航空路小区1栋,3单元301,乙,13972100302,,',
    '住户,,航空路社区,,航空路小区1栋,3单元302,丙,1397210030,,',
    '单位,新单位,,,,,,,,园林局',
    '单位成员,,,,,,丁,,不存在的单位,',
    '住户,,幸福社区,,1栋,101,戊,,,',
  ].join('\n'))
  const answer = await runImport({ file, dryRun: false, dataDir: dir })
  expect(answer.code).toBe(1)
  expect(answer.lines.slice(1)).toEqual([
    '发现6处错误，没有写入任何数据；请改正后再导入：',
    '  第3行：找不到网格“第九网格”（航空路社区）',
    '  第5行：房号“3单元301”在航空路小区1栋中重复（第4行已有）',
    '  第6行：电话“1397210030”格式不对，应为11位手机号或带区号的固定电话（如0716-8312345）',
    '  第7行：单位类别“园林局”不认识，应为物业公司、城管中队、环卫所、派出所、社区居委会、人民调解委员会、住建/市政、人社/劳动监察、民政之一',
    '  第8行：找不到单位“不存在的单位”',
    '  第9行：找不到社区“幸福社区”（请先在本文件或系统中建立该社区）',
  ])
  const after = readBack(dir)
  expect([after.grids, after.households, after.audit]).toEqual([2, 4, 0])
  after.close()
})

describe('the identity action', () => {
  let h: Harness
  beforeEach(async () => { h = await createHarness() })
  afterEach(() => h.close())
  const table = parseCsv(fs.readFileSync(example, 'utf8'))

  it('imports for an admin, after a dry run', async () => {
    const dry = data(await h.call('persona-admin', 'identity', 'importDirectory', { table, dryRun: true }))
    expect(dry).toMatchObject({ dryRun: true, written: false, problems: [], rows: 14 })
    const done = data(await h.call('persona-admin', 'identity', 'importDirectory', { table, fileName: '通讯录.csv' }))
    expect(done).toMatchObject({ dryRun: false, written: true, counts: { household: { created: 3, updated: 1 } } })
    const communities = data<{ name: string }[]>(await h.call('a-newcomer-openid', 'identity', 'listCommunities', {}))
    expect(communities.map((c) => c.name)).toContain('红星社区')
  })

  it('answers the problems and writes nothing for a bad table', async () => {
    const bad = { header: table.header, rows: [...table.rows, { line: 99, cells: ['住户', '', '航空路社区', '', '航空路小区1栋', '1单元101', '重复', '', '', '', '', ''] }] }
    const answer = data(await h.call('persona-admin', 'identity', 'importDirectory', { table: bad }))
    expect(answer).toMatchObject({ written: false, problems: [{ line: 99, message: '房号“1单元101”在航空路小区1栋中重复（第10行已有）' }] })
    expect(await h.runtime.deps.repos.admin.listAudit({ streetId: 'street-shengli' }, 5)).toEqual([])
  })

  it('is for admins only, and checks the table’s shape', async () => {
    for (const as of ['persona-staff', 'persona-resident', 'persona-handler', 'persona-grid', 'persona-supervisor']) {
      expect(await h.call(as, 'identity', 'importDirectory', { table })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await h.call('persona-admin', 'identity', 'importDirectory', { table: { header: 'x', rows: [] } })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'table' })
  })
})

it('runs the same use case on the cloud database adapter', async () => {
  const repos = createCloudDbRepositories(new CloudDbDouble())
  await seedDemo(repos)
  let n = 0
  const deps = { repos, clock: new FixedClock('2026-12-01T00:00:00Z'), ids: { next: () => `id-${++n}` } } as unknown as Deps
  const admin = { userId: 'user-admin-wu', name: '吴志刚', role: 'admin' as const, streetId: 'street-shengli' }
  const answer = await importDirectory(deps, admin, { table: parseCsv(fs.readFileSync(example, 'utf8')) })
  expect(answer).toMatchObject({ ok: true, value: { written: true, problems: [] } })
  expect((await repos.directory.listCommunities('street-shengli')).map((c) => c.name).sort()).toEqual(['红星社区', '航空路社区'])
  expect((await repos.admin.listAudit({ streetId: 'street-shengli' }, 5)).map((e) => e.action)).toEqual(['importDirectory'])
})

// 导出台账: the cases of a period, one row per case with Chinese headers, masked or full by role and choice; CSV with
// BOM, CRLF and quoting; .xlsx read back with the address book reader; unmasked exports in the audit trail; the
// permission rows; a period that ends before it starts.
import fs from 'node:fs'
import path from 'node:path'
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { DEMO_COMMUNITY, act } from '../support/case-steps'
import type { CaseDetail, CaseView } from '../../src/core/contracts/views'
import type { LedgerExport } from '../../src/core/application/ledger/export-ledger'
import { LEDGER_CASE_HEADER } from '../../src/core/domain/ledger'
import { MEETINGS_HEADER } from '../../src/core/application/ledger/ledger-sections'
import type { MeetingView } from '../../src/core/contracts/meeting-views'
import { parseXlsx } from '../../cloudfunctions/tools/directory/xlsx'
import { parseCsv } from '../../src/core/application/directory-import/csv'
import { writeCsv } from '../../cloudfunctions/src/adapters/shared/csv-writer'
import { readZip } from '../../cloudfunctions/tools/directory/zip'

let h: Harness
let first: CaseView
beforeEach(async () => {
  h = await createHarness('2026-11-03T01:00:00Z')
  first = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, text: '1栋楼道灯坏了，晚上很黑, 老人上下楼"不方便"', channel: 'self', idempotencyKey: key() }))
  first = await act(h, 'persona-staff', 'triage', first, { category: 'facility', level: 'community', urgency: 'normal' })
  h.clock.set('2026-11-20T03:00:00Z')
  await h.call('persona-grid', 'cases', 'submit', { communityId: DEMO_COMMUNITY, text: '2单元门口垃圾没人清运', channel: 'doorToDoor', petitioner: { name: '李建国', phone: '13972100002', room: '1栋2单元202' }, idempotencyKey: key() })
  h.clock.set('2026-11-30T16:30:00Z') // 2026-12-01 00:30 in Shanghai: outside November
  await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, text: '十二月的事', channel: 'self', idempotencyKey: key() })
  h.clock.set('2026-12-02T02:00:00Z')
})
afterEach(() => h.close())

const november = { from: '2026-11-01', to: '2026-11-30' }
const exportAs = (as: string, payload: Record<string, unknown>) => h.call<LedgerExport>(as, 'supervision', 'exportLedger', payload)
/** The exported file's bytes, as the download route reads them for its owner. */
function fileOf(answer: LedgerExport, ownerUserId: string): Buffer {
  const file = h.runtime.exports.get(answer.url.replace('/api/exports/', ''), ownerUserId)
  if (!file) throw new Error(`no file behind ${answer.url}`)
  return file.bytes
}
/** One table of a CSV of several (【name】, its rows, a blank line): header first. */
const csvRows = (bytes: Buffer, name = '说事台账') => {
  const sections = bytes.toString('utf8').replace(/^\ufeff/, '').split('\r\n\r\n')
  const section = sections.find((part) => part.startsWith(`【${name}`))
  if (!section) throw new Error(`no table ${name}`)
  const table = parseCsv(section.slice(section.indexOf('\r\n') + 2))
  return [table.header, ...table.rows.map((r) => r.cells)]
}

it('writes a CSV with BOM and CRLF, Chinese headers and one row per case of the period; masked by default', async () => {
  const answer = data(await exportAs('persona-staff', { ...november, format: 'csv' }))
  expect(answer).toMatchObject({ rows: 2, masked: true, fileName: '航空路社区说事台账（2026-11-01至2026-11-30）（个人信息已隐去）.csv' })
  const bytes = fileOf(answer, 'user-staff-chen')
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  expect(text.split('\r\n').slice(0, 2)).toEqual(['\ufeff【说事台账】', LEDGER_CASE_HEADER.join(',')])
  expect(text.replace(/\r\n/g, '')).not.toContain('\n')
  expect(text).toContain('"1栋楼道灯坏了，晚上很黑, 老人上下楼""不方便"""')
  const [header, ...rows] = csvRows(bytes)
  expect(header).toEqual([...LEDGER_CASE_HEADER])
  const column = (row: string[], name: string) => row[header.indexOf(name)]
  expect(rows.map((r) => column(r, '登记时间'))).toEqual(['2026-11-03 09:00', '2026-11-20 11:00'])
  expect(rows.map((r) => column(r, '说事人'))).toEqual(['王**', '李**'])
  expect(rows.map((r) => column(r, '联系电话'))).toEqual(['139****0001', '139****0002'])
  expect(column(rows[1], '住址')).toBe('1栋****')
  expect(rows.map((r) => column(r, '来源渠道'))).toEqual(['居民自报', '网格员入户'])
  expect(column(rows[0], '类别')).toBe('公共设施')
  expect(column(rows[0], '编号')).toBe(first.caseNo)
  expect(h.runtime.db.prepare("SELECT COUNT(*) FROM audit_events WHERE data LIKE '%exportLedger%'").pluck().get()).toBe(0)
})

it('staff who choose full get names, phones and rooms, and the export is an audit event (who, when, period, scope, format)', async () => {
  const answer = data(await exportAs('persona-staff', { ...november, format: 'xlsx', full: true }))
  expect(answer).toMatchObject({ rows: 2, masked: false, fileName: '航空路社区说事台账（2026-11-01至2026-11-30）.xlsx' })
  const table = parseXlsx(fileOf(answer, 'user-staff-chen'))
  expect(table.header).toEqual([...LEDGER_CASE_HEADER])
  expect(table.rows.map((r) => r.cells[table.header.indexOf('说事人')])).toEqual(['王秀英', '李建国'])
  expect(table.rows.map((r) => r.cells[table.header.indexOf('联系电话')])).toEqual(['13972100001', '13972100002'])
  expect(table.rows[0].cells[table.header.indexOf('事项内容')]).toBe('1栋楼道灯坏了，晚上很黑, 老人上下楼"不方便"')
  const audit = data<Array<{ action: string; actor: { name: string }; at: string; data: Record<string, unknown> }>>(await h.call('persona-admin', 'identity', 'listAudit', {}))
  expect(audit[0]).toMatchObject({
    action: 'exportLedger', actionLabel: '导出含个人信息的台账', actor: { name: '陈静' }, at: '2026-12-02T02:00:00.000Z',
    data: { from: '2026-11-01', to: '2026-11-30', scope: '航空路社区', format: 'xlsx', rows: 2, full: true },
  })
})

it('an admin exports the whole street or one community; another user cannot fetch the file', async () => {
  const street = data(await exportAs('persona-admin', { ...november, format: 'csv' }))
  expect(street).toMatchObject({ rows: 2, fileName: expect.stringContaining('胜利街道说事台账') })
  expect(h.runtime.exports.get(street.url.replace('/api/exports/', ''), 'user-staff-chen')).toBeUndefined()
  expect(data(await exportAs('persona-admin', { from: '2026-12-01', to: '2026-12-31', communityId: DEMO_COMMUNITY, format: 'csv' }))).toMatchObject({ rows: 1 })
})

it('writes an .xlsx that is a valid zip of the OOXML parts, one sheet per table', async () => {
  const answer = data(await exportAs('persona-supervisor', { ...november, format: 'xlsx' }))
  const parts = readZip(fileOf(answer, 'user-supervisor-zhou'))
  expect([...parts.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml'])
  const workbook = parts.get('xl/workbook.xml')!.toString('utf8')
  expect(workbook).toContain('<sheet name="说事台账" sheetId="1" r:id="rId1"/>')
  expect(workbook).toContain('<sheet name="议事会" sheetId="2" r:id="rId2"/>')
  expect(workbook).toContain('<sheet name="单位考评（2026-11至2026-11受理）" sheetId="3" r:id="rId3"/>')
  expect(parseXlsx(fileOf(answer, 'user-supervisor-zhou')).rows.map((r) => r.cells[3])).toEqual(['王**', '李**'])
})

it('carries the 议事会 held in the period with each item’s minutes, and the units’ appraisal of the months it touches', async () => {
  const meetings = <T = MeetingView>(as: string, action: string, payload: Record<string, unknown>) => h.call<T>(as, 'meetings', action, payload)
  const meeting = data(await meetings('persona-staff', 'createMeeting', { kind: 'roundtable', date: '2026-12-03', time: '14:30', place: '居民说事厅' }))
  const onAgenda = data(await meetings<CaseView>('persona-staff', 'putOnAgenda', { caseId: first.id, version: first.version, meetingId: meeting.id }))
  data(await meetings('persona-staff', 'addParticipant', { meetingId: meeting.id, part: 'deputy', name: '刘代表' }))
  h.clock.set('2026-12-03T07:00:00Z')
  const [item] = data(await meetings('persona-staff', 'getMeeting', { meetingId: meeting.id })).items
  data(await meetings('persona-staff', 'recordMinutes', { meetingId: meeting.id, itemId: item.id, summary: '住户和物业到场', decision: '物业三日内换灯', unitIds: ['unit-property'], workingDays: 3, level: 'community' }))
  data(await meetings('persona-staff', 'markHeld', { meetingId: meeting.id }))
  const assigned = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: onAgenda.id })).case
  expect(assigned.status).toBe('assigned')

  const answer = data(await exportAs('persona-staff', { from: '2026-11-01', to: '2026-12-31', format: 'csv' }))
  const bytes = fileOf(answer, 'user-staff-chen')
  const [meetingHeader, ...meetingRows] = csvRows(bytes, '议事会')
  expect(meetingRows).toHaveLength(1)
  const cell = (name: string) => meetingRows[0][meetingHeader.indexOf(name)]
  expect([cell('会议日期'), cell('类型'), cell('议题类型'), cell('讨论情况'), cell('决议（解决方案和措施）'), cell('承办单位'), cell('办理时限（工作日）'), cell('层级'), cell('参会人数'), cell('实到人数'), cell('纪要状态')])
    .toEqual(['2026-12-03', '议事会', `说事 ${first.caseNo}`, '住户和物业到场', '物业三日内换灯', '荆州宏远物业公司', '3', '社区', '1', '0', '待公示'])
  const [appraisalHeader, ...units] = csvRows(bytes, '单位考评')
  const property = units.find((row) => row[0] === '荆州宏远物业公司')!
  expect(Object.fromEntries(appraisalHeader.map((name, i) => [name, property[i]]))).toMatchObject({ 交办件数: '1', 按时签收: '0', 按时办结: '0', 当前超期: '0' })
  // A period without meetings still lists the units, and an empty 议事会 table.
  const october = csvRows(fileOf(data(await exportAs('persona-staff', { from: '2026-10-01', to: '2026-10-31', format: 'csv' })), 'user-staff-chen'), '议事会')
  expect(october).toEqual([[...MEETINGS_HEADER]])
})

it('CSV of several tables: each under its name, a blank line between; fields quoted only when needed', () => {
  const text = writeCsv([
    { name: '说事台账', header: ['编号', '内容'], rows: [['1', 'a,b'], ['2', '换\n行']] },
    { name: '单位考评', header: ['单位'], rows: [[' 前空格']] },
  ]).toString('utf8')
  expect(text).toBe('\ufeff【说事台账】\r\n编号,内容\r\n1,"a,b"\r\n2,"换\n行"\r\n\r\n【单位考评】\r\n单位\r\n" 前空格"\r\n')
})

describe('who may export what', () => {
  // [who, payload, expected code or 'masked' / 'full']
  const rows: Array<[string, Record<string, unknown>, string]> = [
    ['persona-staff', {}, 'masked'],
    ['persona-staff', { full: true }, 'full'],
    ['persona-staff', { communityId: 'community-elsewhere' }, 'FORBIDDEN'],
    ['persona-admin', { full: true }, 'full'],
    ['persona-admin', { communityId: DEMO_COMMUNITY, full: true }, 'full'],
    ['persona-admin', { communityId: 'community-nope' }, 'NOT_FOUND'],
    ['persona-supervisor', {}, 'masked'],
    ['persona-supervisor', { full: true }, 'FORBIDDEN'],
    ['persona-handler', {}, 'FORBIDDEN'],
    ['persona-grid', {}, 'FORBIDDEN'],
    ['persona-resident', {}, 'FORBIDDEN'],
    ['nobody', {}, 'UNAUTHENTICATED'],
  ]
  it.each(rows)('%s %j: %s', async (as, extra, expected) => {
    const answer = await exportAs(as, { ...november, format: 'csv', ...extra })
    if (expected === 'masked' || expected === 'full') expect(answer).toMatchObject({ ok: true, data: { masked: expected === 'masked' } })
    else expect(answer).toMatchObject({ ok: false, code: expected })
  })
})

it('refuses a period that ends before it starts, or a bad date, writing nothing', async () => {
  const files = () => fs.readdirSync(path.join(h.runtime.dataDir, 'exports')).length
  expect(await exportAs('persona-staff', { from: '2026-11-30', to: '2026-11-01', format: 'csv', full: true })).toEqual({
    ok: false, code: 'INVALID_INPUT', field: 'to', message: '结束日期（2026-11-01）早于开始日期（2026-11-30），请重新选择时段',
  })
  expect(await exportAs('persona-staff', { from: '2026-02-30', to: '2026-03-01', format: 'csv' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'from' })
  expect(await exportAs('persona-staff', { ...november, format: 'pdf' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'format' })
  expect(files()).toBe(0)
  expect(h.runtime.db.prepare("SELECT COUNT(*) FROM audit_events WHERE data LIKE '%exportLedger%'").pluck().get()).toBe(0)
})

it('xlsx: sheet names follow Excel’s rules; XML text is escaped and control characters dropped', async () => {
  const { sheetName, writeXlsx } = await import('../../cloudfunctions/src/adapters/shared/xlsx-writer')
  expect(sheetName('单位考评/[2026]')).toBe('单位考评  2026')
  expect(sheetName('一'.repeat(40))).toHaveLength(31)
  const bytes = writeXlsx([{ name: '说事台账', header: ['编号'], rows: [['王<&>"\u0001秀英']] }])
  expect(readZip(bytes).get('xl/worksheets/sheet1.xml')!.toString('utf8')).toContain('王&lt;&amp;&gt;&quot;秀英')
  expect(parseXlsx(bytes).rows[0].cells).toEqual(['王<&>"秀英'])
})

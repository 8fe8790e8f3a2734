// Reading address books: CSV (BOM, quotes, CRLF, line numbers) and .xlsx (a zip of XML: shared, inline and number
// cells), and the row checks that report each bad row by line and reason.
import fs from 'node:fs'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { parseCsv } from '../../src/core/application/directory-import/csv'
import { readRows } from '../../src/core/application/directory-import/read-rows'
import { parseXlsx } from '../../cloudfunctions/tools/directory/xlsx'
import { readAddressBook } from '../../cloudfunctions/tools/directory/read-address-book'

const docs = path.join(__dirname, '../../docs')
const trimmed = (cells: string[]) => {
  const out = [...cells]
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  return out
}

describe('CSV', () => {
  it('reads UTF-8 with a BOM, quoted commas, doubled quotes, line breaks in a cell and CRLF, numbering rows by file line', () => {
    const table = parseCsv('\uFEFF类型,名称,地址\r\n社区,"红星,社区","红星路""12号""\n二楼"\r\n网格,第一网格,\r\n')
    expect(table.header).toEqual(['类型', '名称', '地址'])
    expect(table.rows).toEqual([
      { line: 2, cells: ['社区', '红星,社区', '红星路"12号"\n二楼'] },
      { line: 4, cells: ['网格', '第一网格', ''] },
    ])
  })

  it('reads the same without a BOM and without a final line break', () => {
    expect(parseCsv('类型,名称\n社区,红星社区')).toEqual({ header: ['类型', '名称'], rows: [{ line: 2, cells: ['社区', '红星社区'] }] })
  })
})

describe('.xlsx', () => {
  it('reads the example workbook (made by another zip writer) to the same table as the example CSV', () => {
    const xlsx = parseXlsx(fs.readFileSync(path.join(docs, 'directory-example.xlsx')))
    const csv = parseCsv(fs.readFileSync(path.join(docs, 'directory-example.csv'), 'utf8'))
    expect(xlsx.header).toEqual(csv.header)
    expect(xlsx.rows.map((r) => ({ line: r.line, cells: trimmed(r.cells) }))).toEqual(csv.rows.map((r) => ({ line: r.line, cells: trimmed(r.cells) })))
  })

  it('reads a stored (uncompressed) and a deflated archive, skipped empty rows keeping their sheet row numbers', () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>类型</t></is></c><c r="C1" t="inlineStr"><is><r><t>名</t></r><r><t>称</t></r></is></c></row>' +
      '<row r="4"><c r="A4" t="inlineStr"><is><t>社区</t></is></c><c r="C4" t="str"><v>A&amp;B社区</v></c></row></sheetData></worksheet>'
    for (const method of [0, 8] as const) {
      const table = parseXlsx(zip({ 'xl/worksheets/sheet1.xml': sheet }, method))
      expect(table).toEqual({ header: ['类型', '', '名称'], rows: [{ line: 4, cells: ['社区', '', 'A&B社区'] }] })
    }
  })

  it('says why a file cannot be read', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'book-'))
    fs.writeFileSync(path.join(dir, 'gbk.csv'), Buffer.from([0xc0, 0xe0, 0xd0, 0xcd, 0x2c, 0x0a]))
    fs.writeFileSync(path.join(dir, 'broken.xlsx'), Buffer.from('PK\u0003\u0004 not really'))
    expect(readAddressBook(path.join(dir, 'gbk.csv'))).toEqual({ error: expect.stringContaining('不是 UTF-8 编码') })
    expect(readAddressBook(path.join(dir, 'broken.xlsx'))).toEqual({ error: expect.stringContaining('无法读取这个 .xlsx 文件') })
    expect(readAddressBook(path.join(dir, 'missing.csv'))).toEqual({ error: expect.stringContaining('找不到文件') })
  })
})

describe('row checks', () => {
  it('reports each bad row by line and reason, in Chinese', () => {
    const table = parseCsv([
      '类型,名称,社区,楼栋,房号,姓名,电话,单位类别',
      '社区,红星社区,,,,,0716-8319999,',
      '小区,幸福里,,,,,,',
      ',,,,,,,',
      '住户,,红星社区,5栋,,钱进,,',
      '住户,,红星社区,5栋,101,钱进,1397210,',
      '单位,一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一,,,,,,物业公司',
      '住户,,红星社区,5栋,102,孙丽,139-7210-0102,',
    ].join('\n'))
    const { rows, problems } = readRows(table)
    expect(problems).toEqual([
      { line: 3, message: '类型“小区”不认识，应为社区、网格、楼栋、住户、单位、单位成员之一' },
      { line: 5, message: '住户缺少“房号”' },
      { line: 6, message: '电话“1397210”格式不对，应为11位手机号或带区号的固定电话（如0716-8312345）' },
      { line: 7, message: '“名称”不能超过40个字' },
      { line: 8, message: '电话“139-7210-0102”格式不对，应为11位手机号或带区号的固定电话（如0716-8312345）' },
    ])
    expect(rows.map((r) => [r.line, r.kind, r.phone])).toEqual([[2, 'community', '0716-8319999']])
  })

  it('refuses a table without a 类型 column', () => {
    expect(readRows(parseCsv('名称,社区\n红星社区,')).problems).toEqual([{ line: 1, message: expect.stringContaining('包含“类型”列') }])
  })
})

/** A minimal zip (local headers, central directory, end record) of the given files. */
function zip(files: Record<string, string>, method: 0 | 8): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text, 'utf8')
    const data = method === 8 ? deflateRawSync(raw) : raw
    const nameBytes = Buffer.from(name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(raw.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(raw.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

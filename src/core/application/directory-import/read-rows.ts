// From the raw table to typed rows: the kind, the required cells, lengths and phone numbers; each bad row reported.
import { COLUMNS, IMPORT_KINDS, MAX_LENGTH, MAX_ROWS, REQUIRED, normalizePhone, type AddressTable, type Column, type ImportKind, type RowProblem } from './columns'

export interface ImportRow {
  line: number
  kind: ImportKind
  cell(column: Column): string
  /** The phone number, normalised ('' when the row has none). */
  phone: string
}

export function readRows(table: AddressTable): { rows: ImportRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const header = table.header.map((name) => name.replace(/^\uFEFF/, '').trim())
  const position = new Map<string, number>()
  header.forEach((name, index) => {
    if (name && !position.has(name)) position.set(name, index)
  })
  if (!position.has('类型')) return { rows: [], problems: [{ line: 1, message: `第一行应为表头，且包含“类型”列（可用的列：${COLUMNS.join('、')}）` }] }
  if (table.rows.length > MAX_ROWS) return { rows: [], problems: [{ line: 1, message: `一个文件最多${MAX_ROWS}行，请分成几个文件导入` }] }
  const rows: ImportRow[] = []
  for (const { line, cells } of table.rows) {
    const cell = (column: Column) => {
      const index = position.get(column)
      return index === undefined ? '' : (cells[index] ?? '').replace(/\s+/g, ' ').trim()
    }
    if (cells.every((value) => value.trim() === '')) continue
    const typeLabel = cell('类型')
    const kind = (IMPORT_KINDS as Record<string, ImportKind>)[typeLabel]
    if (!kind) {
      problems.push({ line, message: typeLabel ? `类型“${typeLabel}”不认识，应为${Object.keys(IMPORT_KINDS).join('、')}之一` : '缺少类型' })
      continue
    }
    const missing = REQUIRED[kind].filter((column) => cell(column) === '')
    if (missing.length > 0) {
      problems.push({ line, message: `${typeLabel}缺少“${missing.join('”“')}”` })
      continue
    }
    const tooLong = COLUMNS.find((column) => MAX_LENGTH[column] !== undefined && Array.from(cell(column)).length > MAX_LENGTH[column]!)
    if (tooLong) {
      problems.push({ line, message: `“${tooLong}”不能超过${MAX_LENGTH[tooLong]}个字` })
      continue
    }
    const rawPhone = cell('电话')
    const phone = rawPhone ? normalizePhone(rawPhone) : ''
    if (phone === undefined) {
      problems.push({ line, message: `电话“${rawPhone}”格式不对，应为11位手机号或带区号的固定电话（如0716-8312345）` })
      continue
    }
    rows.push({ line, kind, cell, phone })
  }
  return { rows, problems }
}

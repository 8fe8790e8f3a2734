// The address book's columns (one table, a `类型` column says what each row is) and the kinds of rows.
// Documented for users in README.md (通讯录导入) with the example docs/directory-example.csv.

export const IMPORT_KINDS = { 社区: 'community', 网格: 'grid', 楼栋: 'building', 住户: 'household', 单位: 'unit', 单位成员: 'unitMember' } as const
export type ImportKind = (typeof IMPORT_KINDS)[keyof typeof IMPORT_KINDS]
export const IMPORT_KIND_LABELS = Object.fromEntries(Object.entries(IMPORT_KINDS).map(([label, kind]) => [kind, label])) as Record<ImportKind, string>

export const COLUMNS = ['类型', '名称', '社区', '网格', '楼栋', '房号', '姓名', '电话', '单位', '单位类别', '地址', '接待日'] as const
export type Column = (typeof COLUMNS)[number]

/** Which columns a row of each kind must fill (the others it may leave empty or are ignored). */
export const REQUIRED: Record<ImportKind, readonly Column[]> = {
  community: ['名称'],
  grid: ['社区', '名称'],
  building: ['社区', '网格', '名称'],
  household: ['社区', '楼栋', '房号', '姓名'],
  unit: ['名称', '单位类别'],
  unitMember: ['单位', '姓名'],
}

export const MAX_LENGTH: Partial<Record<Column, number>> = { 名称: 40, 社区: 40, 网格: 40, 楼栋: 40, 单位: 40, 房号: 20, 姓名: 20, 地址: 80, 接待日: 60 }

/** A table as read from a CSV or .xlsx file: the header and each row with its line number in the file (header = 1). */
export interface AddressTable {
  header: string[]
  rows: Array<{ line: number; cells: string[] }>
}

export interface RowProblem {
  line: number
  message: string
}

export const MAX_ROWS = 20000

/** 11-digit mobile, or a landline with its area code (0716-8312345). Spaces are ignored. */
export function normalizePhone(raw: string): string | undefined {
  const phone = raw.replace(/\s/g, '')
  return /^1\d{10}$/.test(phone) || /^0\d{2,3}-?\d{7,8}$/.test(phone) ? phone : undefined
}

// Read an address book file (.csv in UTF-8 with or without BOM, or .xlsx) into a table, or say in Chinese why not.
import fs from 'node:fs'
import path from 'node:path'
import { looksMisdecoded, parseCsv } from '../../../src/core/application/directory-import/csv'
import type { AddressTable } from '../../../src/core/application/directory-import/columns'
import { parseXlsx } from './xlsx'

export function readAddressBook(file: string): { table: AddressTable } | { error: string } {
  if (!fs.existsSync(file)) return { error: `找不到文件：${file}` }
  const bytes = fs.readFileSync(file)
  const extension = path.extname(file).toLowerCase()
  if (extension === '.xlsx' || bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    try {
      return { table: parseXlsx(bytes) }
    } catch {
      return { error: '无法读取这个 .xlsx 文件，请用 Excel 或 WPS 另存为 .xlsx 或 CSV UTF-8 后再试' }
    }
  }
  if (extension === '.xls') return { error: '不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV UTF-8' }
  const text = bytes.toString('utf8')
  if (looksMisdecoded(text)) return { error: '文件不是 UTF-8 编码（可能是 GBK）：请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”' }
  return { table: parseCsv(text) }
}

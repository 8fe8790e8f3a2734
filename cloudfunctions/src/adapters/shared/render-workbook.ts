// A 台账 workbook as the bytes of a file: CSV (UTF-8 with BOM) or .xlsx.
import type { LedgerFormat, LedgerWorkbook } from '../../../../src/core/domain/ledger'
import { writeCsv } from './csv-writer'
import { writeXlsx } from './xlsx-writer'

export const CONTENT_TYPES: Record<LedgerFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

export interface RenderedFile {
  fileName: string
  bytes: Buffer
  contentType: string
}

export function renderWorkbook(workbook: LedgerWorkbook, format: LedgerFormat): RenderedFile {
  const bytes = format === 'csv' ? writeCsv(workbook.sheets) : writeXlsx(workbook.sheets)
  return { fileName: `${workbook.title}.${format}`, bytes, contentType: CONTENT_TYPES[format] }
}

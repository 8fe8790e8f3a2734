// CSV that Excel opens as UTF-8: a byte-order mark, CRLF line ends, every field quoted when it holds a comma, a
// quote, a line break or leading/trailing space (quotes doubled). Several tables follow one another, each under its
// name, a blank line between.
import type { LedgerSheet } from '../../../../src/core/domain/ledger'

const BOM = '\ufeff'

export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const line = (cells: readonly string[]) => cells.map(csvField).join(',')

export function writeCsv(sheets: readonly LedgerSheet[]): Buffer {
  const blocks = sheets.map((sheet) => {
    const rows = [sheet.header, ...sheet.rows].map(line)
    return (sheets.length > 1 ? [csvField(`【${sheet.name}】`), ...rows] : rows).join('\r\n')
  })
  return Buffer.from(BOM + blocks.join('\r\n\r\n') + '\r\n', 'utf8')
}

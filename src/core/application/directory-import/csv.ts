// CSV (RFC 4180) to an address table: UTF-8 with or without BOM, comma-separated, quoted cells with commas,
// quotes ("") and line breaks, CRLF or LF. A row's line is the file line it starts on (the header is line 1).
import type { AddressTable } from './columns'

export function parseCsv(text: string): AddressTable {
  const source = text.replace(/^\uFEFF/, '')
  const records: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  const endCell = () => {
    cells.push(cell)
    cell = ''
  }
  const endRecord = () => {
    endCell()
    records.push({ line: recordLine, cells })
    cells = []
  }
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') { cell += '"'; i += 1 }
      else if (char === '"') quoted = false
      else {
        if (char === '\n') line += 1
        cell += char
      }
    } else if (char === '"' && cell === '') quoted = true
    else if (char === ',') endCell()
    else if (char === '\r' && source[i + 1] === '\n') continue
    else if (char === '\n' || char === '\r') {
      endRecord()
      line += 1
      recordLine = line
    } else cell += char
  }
  if (cell !== '' || cells.length > 0) endRecord()
  const [header, ...rows] = records
  return { header: header?.cells ?? [], rows }
}

/** True when the bytes decoded as UTF-8 had invalid sequences (a GBK file saved by old Excel, say). */
export function looksMisdecoded(text: string): boolean {
  return text.includes('\uFFFD')
}

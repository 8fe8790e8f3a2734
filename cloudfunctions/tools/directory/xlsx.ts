// The first worksheet of an .xlsx workbook (a zip of XML) as an address table: shared, inline and plain strings,
// numbers as written; the row numbers are the sheet's (the header is normally row 1).
import type { AddressTable } from '../../../src/core/application/directory-import/columns'
import { BadArchiveError, readZip } from './zip'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return ENTITIES[name] ?? whole
  })
}

/** The text of every <t> inside (rich text runs joined; phonetic <rPh> runs left out). */
function textOf(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')
  return [...plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => decodeXml(m[1] ?? '')).join('')
}

function columnIndex(reference: string): number {
  const letters = reference.replace(/\d+$/, '').toUpperCase()
  let index = 0
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64)
  return index - 1
}

function firstSheetPath(files: Map<string, Buffer>): string {
  const workbook = files.get('xl/workbook.xml')?.toString('utf8')
  const rels = files.get('xl/_rels/workbook.xml.rels')?.toString('utf8')
  const relId = workbook?.match(/<sheet\b[^>]*\br:id="([^"]+)"/)?.[1]
  const target = relId && rels ? [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${relId}"`))?.match(/Target="([^"]+)"/)?.[1] : undefined
  if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`
  if (files.has('xl/worksheets/sheet1.xml')) return 'xl/worksheets/sheet1.xml'
  throw new BadArchiveError('no worksheet')
}

export function parseXlsx(bytes: Buffer): AddressTable {
  const files = readZip(bytes)
  const shared = [...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]))
  const sheet = files.get(firstSheetPath(files))?.toString('utf8')
  if (sheet === undefined) throw new BadArchiveError('worksheet missing')
  const records: Array<{ line: number; cells: string[] }> = []
  let nextRow = 1
  for (const row of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(row[1].match(/\br="(\d+)"/)?.[1] ?? nextRow)
    nextRow = line + 1
    const cells: string[] = []
    let nextColumn = 0
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1]
      const reference = attributes.match(/\br="([A-Z]+\d*)"/)?.[1]
      const column = reference ? columnIndex(reference) : nextColumn
      nextColumn = column + 1
      const type = attributes.match(/\bt="(\w+)"/)?.[1] ?? 'n'
      const body = cell[2] ?? ''
      const value = body.match(/<v>([\s\S]*?)<\/v>/)?.[1]
      let text = ''
      if (type === 's') text = value === undefined ? '' : (shared[Number(value)] ?? '')
      else if (type === 'inlineStr') text = textOf(body)
      else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE'
      else text = value === undefined ? '' : decodeXml(value)
      while (cells.length < column) cells.push('')
      cells[column] = text
    }
    records.push({ line, cells })
  }
  const [header, ...rows] = records
  return { header: header?.cells ?? [], rows }
}

// Appends staff corrections from triage to corpus/corrections.jsonl; train.ts always trains on that file
// (and never evaluates on it). Sources, in order:
//   tsx cloudfunctions/tools/classifier/export-corrections.ts corrections.jsonl   (JSONL of {text, category, urgent})
//   tsx cloudfunctions/tools/classifier/export-corrections.ts [--db .data/shuoshi.db]
//     (the local runtime's event log: every triage event whose category differs from the classifier's suggestion)
// Then: npm run train:classifier
import * as fs from 'fs'
import * as path from 'path'
import { isCategoryCode } from '../../../src/core/domain/category'
import { CORPUS_FILES, readJsonl, type LabelledExample } from './corpus-io'

export interface CorrectionRow {
  text?: unknown
  category?: unknown
  urgent?: unknown
  created_at?: unknown
}

/** Pure: validates rows and drops texts already present; returns the new labelled examples. */
export function correctionsToExamples(rows: CorrectionRow[], existing: LabelledExample[]): { examples: LabelledExample[]; rejected: number } {
  const known = new Set(existing.map((example) => example.text))
  const examples: LabelledExample[] = []
  let rejected = 0
  for (const row of rows) {
    const text = typeof row.text === 'string' ? row.text.trim() : ''
    if (!text || !isCategoryCode(row.category)) {
      rejected++
      continue
    }
    if (known.has(text)) continue
    known.add(text)
    examples.push({
      id: `correction-${existing.length + examples.length + 1}`,
      text,
      category: row.category,
      urgent: row.urgent === true || row.urgent === 1 || row.urgent === '1' || row.urgent === 'true',
      style: 'correction',
    })
  }
  return { examples, rejected }
}

function readJsonlRows(file: string): CorrectionRow[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as CorrectionRow)
}

/** Triage events where staff chose another category than the classifier suggested (data.correctedFrom). */
export const CORRECTIONS_SQL = `
  SELECT c.text AS text,
         json_extract(e.data, '$.category') AS category,
         CASE json_extract(e.data, '$.urgency') WHEN 'urgent' THEN 1 ELSE 0 END AS urgent,
         e.at AS created_at
  FROM case_events e JOIN cases c ON c.id = e.case_id
  WHERE e.action = 'triage' AND json_extract(e.data, '$.correctedFrom') IS NOT NULL
  ORDER BY e.at, e.id`

export function readDatabaseRows(file: string): CorrectionRow[] {
  // Loaded lazily so the tool works on machines without the native module when a JSONL file is given.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3') as typeof import('better-sqlite3')
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return db.prepare(CORRECTIONS_SQL).all() as CorrectionRow[]
  } finally {
    db.close()
  }
}

function main(): void {
  const args = process.argv.slice(2)
  const dbFlag = args.indexOf('--db')
  const jsonl = args.find((arg, i) => !arg.startsWith('--') && i !== dbFlag + 1)
  const dbPath = dbFlag >= 0 ? args[dbFlag + 1] : path.join(process.cwd(), '.data', 'shuoshi.db')
  let rows: CorrectionRow[]
  if (jsonl) rows = readJsonlRows(jsonl)
  else if (fs.existsSync(dbPath)) rows = readDatabaseRows(dbPath)
  else {
    console.error(`没有找到纠正数据：请给出 JSONL 文件路径，或先创建数据库 ${dbPath}`)
    process.exitCode = 1
    return
  }
  const existing = readJsonl(CORPUS_FILES.corrections)
  const { examples, rejected } = correctionsToExamples(rows, existing)
  if (examples.length) fs.appendFileSync(CORPUS_FILES.corrections, examples.map((e) => JSON.stringify(e)).join('\n') + '\n')
  console.error(`新增纠正样本 ${examples.length} 条，跳过无效 ${rejected} 条；运行 npm run train:classifier 重新训练`)
}

if (require.main === module) main()

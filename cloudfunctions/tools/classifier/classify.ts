// Reads {"id","text"} JSON lines on stdin; writes one result line per input line, in order:
// {"id","category","urgent","unit","confidence"}. A bad line gets {"id"?, "error"} and processing continues.
// Diagnostics go to stderr. Usage: npm run -s classify < in.jsonl > out.jsonl
import * as readline from 'readline'
import { loadClassifier } from '../../src/classifier'
import type { Classifier } from '../../../src/core/ports/classifier'

export function classifyLine(classifier: Classifier, line: string): string {
  let input: unknown
  try {
    input = JSON.parse(line)
  } catch {
    return JSON.stringify({ error: '不是有效的 JSON' })
  }
  const record = (typeof input === 'object' && input !== null ? input : {}) as { id?: unknown; text?: unknown }
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined
  if (typeof record.text !== 'string' || !record.text.trim()) {
    return JSON.stringify(id === undefined ? { error: '缺少 text 字段或内容为空' } : { id, error: '缺少 text 字段或内容为空' })
  }
  const result = classifier.classify(record.text)
  return JSON.stringify({ id: id ?? null, category: result.category, urgent: result.urgent, unit: result.unit, confidence: result.confidence })
}

async function main(): Promise<void> {
  const classifier = loadClassifier()
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
  let count = 0
  let errors = 0
  for await (const line of lines) {
    if (!line.trim()) continue
    const output = classifyLine(classifier, line)
    if (output.includes('"error"')) errors++
    process.stdout.write(output + '\n')
    count++
  }
  console.error(`classified ${count} lines (${errors} errors)`)
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}

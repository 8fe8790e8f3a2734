// Round 22: what urgent.ts SCORER_ALONE_NEEDS was chosen on. For every leave-one-writer-out fold (the fold models that
// `urgent-leave-one-out.ts --save-models DIR` wrote, each trained without the set or writer it reads), the flags the
// scorer raises alone (no rule's word), per situation and urgency bin: true flags / false alarms, all folds pooled.
// Run it with SCORER_ALONE_NEEDS emptied to see every read. Never reads a sealed set.
// Usage: tsx cloudfunctions/tools/classifier/scorer-alone-lines.ts DIR
import * as fs from 'fs'
import * as path from 'path'
import { assessUrgent, CHECK_SOON_AT, RULE_NEEDS_URGENCY } from '../../src/classifier/urgent'
import { loadUrgentModel, urgentScorerVerdict } from '../../src/classifier/urgent-scorer'
import { explainUrgent as rulesOf } from '../../src/classifier/urgent-rules'
import { readUrgentJsonl } from './corpus-io'
import { DEV_TRAINING_SETS } from './urgent-dev-examples'
import { WRITER_FILES, writtenExamples } from './train-urgent'
const dir = process.argv[2]
if (!dir || !fs.existsSync(dir)) throw new Error('usage: scorer-alone-lines.ts DIR (fold models from urgent-leave-one-out.ts --save-models DIR)')
const bins = [0.6, 0.8, 0.9, 0.95, 0.99, 1.01]
const table: Record<string, number[]> = {}
const written = writtenExamples()
for (const f of fs.readdirSync(dir)) {
  const fold = f.replace('.json', '')
  let texts: { text: string; urgent: boolean }[]
  if (fold.startsWith('writer-')) { const files = WRITER_FILES[fold.slice(7)]; texts = written.filter((e) => files.includes(e.source!)).map((e) => ({ text: e.text, urgent: e.label !== 'none' })) }
  else if (DEV_TRAINING_SETS[fold]) texts = readUrgentJsonl(DEV_TRAINING_SETS[fold].file)
  else continue
  const model = loadUrgentModel(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
  for (const t of texts) {
    const a = assessUrgent(t.text, model, CHECK_SOON_AT, RULE_NEEDS_URGENCY)
    if (!a.evidence.length || rulesOf(t.text).length) continue
    const u = urgentScorerVerdict(t.text, model).score?.urgency ?? 0
    const b = bins.findIndex((x, i) => u >= x && u < bins[i + 1])
    const key = a.evidence[0].reason
    table[key] ??= Array(10).fill(0)
    table[key][b * 2 + (t.urgent ? 0 : 1)]++
  }
}
console.log('situation'.padEnd(16), '.6-.8 TP/FA  .8-.9  .9-.95  .95-.99  ≥.99')
for (const [k, v] of Object.entries(table)) console.log(k.padEnd(16), [0, 1, 2, 3, 4].map((b) => `${v[b * 2]}/${v[b * 2 + 1]}`.padStart(8)).join(''))

// Round 22: what urgent.ts SCORER_ALONE_NEEDS was chosen on. For every leave-one-writer-out fold (the fold models that
// `urgent-leave-one-out.ts --save-models DIR` wrote, each trained without the set or writer it reads), the flags the
// scorer raises alone (no rule's word) without that line, per situation and urgency bin: true flags / false alarms, all
// folds pooled. Never reads a sealed set.
// Usage: tsx cloudfunctions/tools/classifier/scorer-alone-lines.ts DIR
import * as fs from 'fs'
import * as path from 'path'
import { assessUrgent, CHECK_SOON_AT, RULE_NEEDS_URGENCY } from '../../src/classifier/urgent'
import { explainUrgent as rulesOf } from '../../src/classifier/urgent-rules'
import { loadUrgentModel, urgentScorerVerdict, type UrgentModelFile } from '../../src/classifier/urgent-scorer'
import { foldTexts } from './fold-texts'

const dir = process.argv[2]
if (!dir || !fs.existsSync(dir)) throw new Error('usage: scorer-alone-lines.ts DIR (fold models from urgent-leave-one-out.ts --save-models DIR)')
/** Lower bounds of the urgency bins; a scorer-only flag is at 0.6 or more (its threshold). */
const BINS = [0.6, 0.8, 0.9, 0.95, 0.99]
const table = new Map<string, { hits: number[]; alarms: number[] }>()
for (const file of fs.readdirSync(dir)) {
  const fold = file.replace(/\.json$/, '')
  const texts = foldTexts(fold)
  if (!texts) continue
  const model = loadUrgentModel(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as UrgentModelFile)
  for (const { text, urgent } of texts) {
    const evidence = assessUrgent(text, model, CHECK_SOON_AT, RULE_NEEDS_URGENCY, {}).evidence
    if (!evidence.length || rulesOf(text).length) continue
    const urgency = urgentScorerVerdict(text, model).score?.urgency ?? 0
    const bin = BINS.filter((lower) => urgency >= lower).length - 1
    const row = table.get(evidence[0].reason) ?? { hits: BINS.map(() => 0), alarms: BINS.map(() => 0) }
    table.set(evidence[0].reason, row)
    ;(urgent ? row.hits : row.alarms)[bin]++
  }
}
console.log('situation'.padEnd(16), BINS.map((lower) => `≥${lower}`.padStart(8)).join(''), '  (true flags/false alarms)')
for (const [situation, row] of table) console.log(situation.padEnd(16), BINS.map((_, b) => `${row.hits[b]}/${row.alarms[b]}`.padStart(8)).join(''))

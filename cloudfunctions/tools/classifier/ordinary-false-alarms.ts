// Round 11: false alarms of the urgent flag (rules ∨ scorer) on a large stream of ordinary reports the scorer never
// trains on — the non-urgent texts of corpus/train.jsonl that train-urgent.ts leaves out (it takes every 4th as none):
// 13,720 generated reports in every style. A precision check next to the small held-out sets; never reads a sealed set.
// Usage: tsx cloudfunctions/tools/classifier/ordinary-false-alarms.ts [--thresholds 0.5,0.55,0.6] [--list]
import { explainUrgent as explainRules } from '../../src/classifier/urgent-rules'
import { sharedUrgentModel, urgentScorerVerdict } from '../../src/classifier/urgent-scorer'
import { CORPUS_FILES, readJsonl } from './corpus-io'

const at = process.argv.indexOf('--thresholds')
const thresholds = at >= 0 ? process.argv[at + 1].split(',').map(Number) : [sharedUrgentModel().threshold]
const ordinary = readJsonl(CORPUS_FILES.train).filter((e, i) => !e.urgent && i % 4 !== 0)
const model = sharedUrgentModel()
for (const threshold of thresholds) {
  const alarms = ordinary.filter((e) => explainRules(e.text).length > 0 || urgentScorerVerdict(e.text, model, threshold).evidence !== undefined)
  console.log(`scorer threshold ${threshold}: ${alarms.length} false alarms of ${ordinary.length} ordinary reports (${((100 * alarms.length) / ordinary.length).toFixed(2)} per 100)`)
  if (process.argv.includes('--list')) for (const e of alarms) console.log(`  ${e.text}`)
}

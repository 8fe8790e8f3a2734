// Round 19: what the scorer's say over a rule's word does (urgent.ts RULE_NEEDS_URGENCY). For each leave-one-writer-out
// fold — the fold models that `urgent-leave-one-out.ts --save-models DIR` wrote, each trained without its set or writer —
// the whole flag (rules ∨ scorer) with that fold's scorer: a rule's word stands when the scorer gives the scene at least
// the gate (1 − P(none)), or does not read it (a bare topic); else it goes to 需尽快核实. Prints urgent recall and false
// alarms per gate, per fold and pooled. Never reads a sealed set.
// Usage: tsx cloudfunctions/tools/classifier/rule-gate-eval.ts DIR [--gates 0,0.1,0.2,0.3]
import * as fs from 'fs'
import * as path from 'path'
import { assessUrgent, CHECK_SOON_AT } from '../../src/classifier/urgent'
import { loadUrgentModel, type UrgentModelFile } from '../../src/classifier/urgent-scorer'
import { foldTexts, type FoldText } from './fold-texts'
import { WRITER_FILES } from './train-urgent'
import { DEV_TRAINING_SETS } from './urgent-dev-examples'

interface Tally { urgent: number; calm: number; hits: number[]; alarms: number[] }

const dir = process.argv[2]
if (!dir || !fs.existsSync(dir)) throw new Error('usage: rule-gate-eval.ts DIR (fold models from urgent-leave-one-out.ts --save-models DIR)')
const gatesAt = process.argv.indexOf('--gates')
const GATES = gatesAt > 0 ? process.argv[gatesAt + 1].split(',').map(Number) : [0, 0.05, 0.1, 0.2, 0.3, 0.5]

/** The whole flag (urgent.ts assessUrgent) on a fold's texts with that fold's scorer, at every gate. */
function tally(texts: FoldText[], fold: string): Tally {
  const model = loadUrgentModel(JSON.parse(fs.readFileSync(path.join(dir, `${fold}.json`), 'utf8')) as UrgentModelFile)
  const flagged = texts.map(({ text }) => GATES.map((gate) => assessUrgent(text, model, CHECK_SOON_AT, gate).evidence.length > 0))
  return {
    urgent: texts.filter((t) => t.urgent).length,
    calm: texts.filter((t) => !t.urgent).length,
    hits: GATES.map((_, g) => texts.filter((t, i) => t.urgent && flagged[i][g]).length),
    alarms: GATES.map((_, g) => texts.filter((t, i) => !t.urgent && flagged[i][g]).length),
  }
}

const add = (a: Tally, b: Tally): Tally => ({ urgent: a.urgent + b.urgent, calm: a.calm + b.calm, hits: a.hits.map((h, i) => h + b.hits[i]), alarms: a.alarms.map((x, i) => x + b.alarms[i]) })
const empty = (): Tally => ({ urgent: 0, calm: 0, hits: GATES.map(() => 0), alarms: GATES.map(() => 0) })
const line = (name: string, t: Tally, recall = true) =>
  console.log(`${name.padEnd(22)} ${recall ? `R ${t.hits.map((h) => `${(h / Math.max(1, t.urgent)).toFixed(3)} (${h})`).join(' ')} of ${t.urgent}  ` : ''}false alarms ${t.alarms.join(' ')} (of ${t.calm})`)

console.log(`gates ${GATES.join(' / ')}`)
let urgentSets = empty()
let everydaySets = empty()
for (const name of Object.keys(DEV_TRAINING_SETS)) {
  if (!fs.existsSync(path.join(dir, `${name}.json`))) continue
  const t = tally(foldTexts(name)!, name)
  const everyday = name.startsWith('blind-')
  line(name, t, !everyday)
  if (everyday) everydaySets = add(everydaySets, t)
  else urgentSets = add(urgentSets, t)
}
let writers = empty()
for (const writer of Object.keys(WRITER_FILES)) {
  if (!fs.existsSync(path.join(dir, `writer-${writer}.json`))) continue
  const t = tally(foldTexts(`writer-${writer}`)!, `writer-${writer}`)
  line(`writer ${writer}`, t)
  writers = add(writers, t)
}
line('pooled urgent sets', urgentSets)
line('pooled everyday sets', everydaySets, false)
line('pooled writers', writers)

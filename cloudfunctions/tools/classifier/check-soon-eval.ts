// Round 8: measures the third level 需尽快核实 (check soon) — recall of urgent ∪ check-soon on the urgent sets, and the
// workload: how many of 100 non-urgent reports staff would have to check within the hour. Never reads a sealed set.
// Usage: tsx cloudfunctions/tools/classifier/check-soon-eval.ts
import { checkSoonSituation, detectUrgent } from '../../src/classifier/urgent'
import { CORPUS_FILES, readUrgentJsonl } from './corpus-io'

const URGENT_SETS: [string, string][] = [
  ['urgent-test21', CORPUS_FILES.urgentTest21],
  ['urgent-test20', CORPUS_FILES.urgentTest20],
  ['urgent-test19', CORPUS_FILES.urgentTest19],
  ['urgent-test18', CORPUS_FILES.urgentTest18],
  ['urgent-test17', CORPUS_FILES.urgentTest17],
  ['urgent-test16', CORPUS_FILES.urgentTest16],
  ['urgent-test15', CORPUS_FILES.urgentTest15],
  ['urgent-test14', CORPUS_FILES.urgentTest14],
  ['urgent-test13', CORPUS_FILES.urgentTest13],
  ['urgent-test12', CORPUS_FILES.urgentTest12],
  ['urgent-dev11', CORPUS_FILES.urgentDev11],
  ['urgent-test11', CORPUS_FILES.urgentTest11],
  ['urgent-test10', CORPUS_FILES.urgentTest10],
  ['urgent-dev10', CORPUS_FILES.urgentDev10],
  ['urgent-dev9', CORPUS_FILES.urgentDev9],
  ['urgent-dev', CORPUS_FILES.urgentDev],
  ['urgent-test2', CORPUS_FILES.urgentTest2],
  ['urgent-test3', CORPUS_FILES.urgentTest3],
  ['urgent-test4', CORPUS_FILES.urgentTest4],
  ['urgent-dev-hazards', CORPUS_FILES.urgentDevHazards],
]
/** Ordinary report streams (mostly non-urgent): the workload is measured here. */
const STREAMS: [string, string][] = [
  ['generated held-out', CORPUS_FILES.heldout],
  ['hand-written', CORPUS_FILES.handwritten],
  ['blind-dev', CORPUS_FILES.blindDev],
  ['blind-test3', CORPUS_FILES.blindTest3],
  ['blind-test4', CORPUS_FILES.blindTest4],
  ['blind-test5', CORPUS_FILES.blindTest5],
  ['blind-test6', CORPUS_FILES.blindTest6],
  ['blind-test7', CORPUS_FILES.blindTest7],
  ['blind-test8', CORPUS_FILES.blindTest8],
  ['blind-test9', CORPUS_FILES.blindTest9],
  ['blind-test10', CORPUS_FILES.blindTest10],
  ['blind-test11', CORPUS_FILES.blindTest11],
]
const LEVELS = [0.3, 0.4, 0.5, 0.6]

function row(file: string) {
  return readUrgentJsonl(file).map((e) => {
    const urgent = detectUrgent(e.text).length > 0
    return { truth: e.urgent, urgent, check: LEVELS.map((at) => !urgent && checkSoonSituation(e.text, undefined, at) !== undefined) }
  })
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}`

console.log(`需尽快核实 check soon: urgent ∪ check recall, and non-urgent texts sent to check (per 100), at 1 − P(none) ≥ ${LEVELS.join(' / ')}`)
for (const [name, file] of [...URGENT_SETS, ...STREAMS]) {
  const rows = row(file)
  const urgentTexts = rows.filter((r) => r.truth)
  const calm = rows.filter((r) => !r.truth)
  const flagged = urgentTexts.filter((r) => r.urgent).length
  const cells = LEVELS.map((_, i) => {
    const caught = urgentTexts.filter((r) => r.urgent || r.check[i]).length
    const checked = calm.filter((r) => r.check[i]).length
    return `R ${pct(caught, urgentTexts.length)}% · ${pct(checked, calm.length)}/100`
  })
  console.log(`${name.padEnd(20)} urgent ${urgentTexts.length} (flag R ${pct(flagged, urgentTexts.length)}%), calm ${calm.length}:  ${cells.join('   ')}`)
}

// Measures the shipped model (model.json, int8 weights) on texts it never trained on:
//   generated   corpus/heldout.jsonl — held-out phrasings, templates and slot values of the generator
//   handwritten corpus/handwritten-heldout.jsonl — written by hand before the generator
//   blind-dev   corpus/blind-dev.jsonl — written independently from TAXONOMY.md; used to study errors and choose methods
//   urgent-dev  corpus/urgent-dev.jsonl — urgent-only set written independently from TAXONOMY.md (150 urgent in 8
//               situations + 90 decoys); used to study urgent misses; reported as urgent P/R overall and per situation
//   blind-test  corpus/blind-test.jsonl — written independently from TAXONOMY.md; its category figures were never used
//               for tuning; since round 5 it IS an urgent dev set (urgent misses studied)
//   urgent-test corpus/urgent-test.jsonl — urgent-only, independent writer (120 urgent + 80 decoys); NEVER opened or
//               used for tuning; printed last, urgent P/R only; --errors never lists it
//   blind-test2 corpus/blind-test2.jsonl — round 6, a new independent writer; NEVER opened or used for tuning
//   urgent-test2 corpus/urgent-test2.jsonl — round 6, new independent writer (120 urgent, 15 per situation, + 80 decoys);
//               measured once sealed (P 0.924 / R 0.908), then studied: an urgent DEV set since
//   urgent-test3 corpus/urgent-test3.jsonl — round 6, new independent writer (160 urgent, 20 per situation, + 80 decoys);
//               measured sealed twice (after the round-6a rules: P 0.951 / R 0.844; with the retrained scorer:
//               P 0.954 / R 0.900), then studied: an urgent DEV set since round 6b
//   urgent-test4 corpus/urgent-test4.jsonl — round 6, another new writer, same layout as urgent-test3; measured sealed
//               twice (retrained scorer: P 0.915 / R 0.944; round 6b: P 0.914 / R 0.925), then studied: a DEV set
//   urgent-test5 corpus/urgent-test5.jsonl — round 6b, another new writer, same layout; NEVER opened or used for tuning;
//               first measured at the end of round 6b (P 0.946 / R 0.981)
//   urgent-test6 corpus/urgent-test6.jsonl — round 6c, another new writer, same layout; NEVER opened or used for tuning
// Usage: tsx cloudfunctions/tools/classifier/eval.ts [--errors] [--sets generated,handwritten,blind-dev,urgent-dev,urgent-test2,blind-test,urgent-test,blind-test2,urgent-test3,urgent-test4,urgent-test5,urgent-test6]
//   --errors lists mistakes, but never for the sealed sets (blind-test, urgent-test, blind-test2, urgent-test5, urgent-test6).
import { createClassifier } from '../../src/classifier'
import type { ModelFile } from '../../src/classifier/model-format'
import { CORPUS_FILES, readJsonl, readUrgentJsonl, type LabelledExample } from './corpus-io'
import { computeMetrics, formatMetrics, type Metrics, type Outcome } from './trainer/metrics'
import * as fs from 'fs'
import { MODEL_PATH } from './train'
import { evaluateUrgentDev, formatUrgentReport, situationOfTest2, situationOfTest3, type UrgentReport } from './urgent-eval'

export type EvalSet = 'generated' | 'handwritten' | 'blind-dev' | 'urgent-dev' | 'urgent-test2' | 'blind-test' | 'urgent-test' | 'blind-test2' | 'urgent-test3' | 'urgent-test4' | 'urgent-test5' | 'urgent-test6'
export const EVAL_SETS: EvalSet[] = ['generated', 'handwritten', 'blind-dev', 'urgent-dev', 'urgent-test2', 'blind-test', 'urgent-test', 'blind-test2', 'urgent-test3', 'urgent-test4', 'urgent-test5', 'urgent-test6']
/** Sets whose texts --errors never prints. */
const SEALED: EvalSet[] = ['blind-test', 'urgent-test', 'blind-test2', 'urgent-test5', 'urgent-test6']

const FILES: Record<EvalSet, string> = {
  generated: CORPUS_FILES.heldout,
  handwritten: CORPUS_FILES.handwritten,
  'blind-dev': CORPUS_FILES.blindDev,
  'urgent-dev': CORPUS_FILES.urgentDev,
  'blind-test': CORPUS_FILES.blindTest,
  'urgent-test': CORPUS_FILES.urgentTest,
  'blind-test2': CORPUS_FILES.blindTest2,
  'urgent-test2': CORPUS_FILES.urgentTest2,
  'urgent-test3': CORPUS_FILES.urgentTest3,
  'urgent-test4': CORPUS_FILES.urgentTest4,
  'urgent-test5': CORPUS_FILES.urgentTest5,
  'urgent-test6': CORPUS_FILES.urgentTest6,
}

const TITLES: Record<EvalSet, string> = {
  generated: '生成留出集 generated held-out (unseen phrasings/templates)',
  handwritten: '手写留出集 hand-written held-out (written before the generator)',
  'blind-dev': '盲写开发集 blind-dev (independent writer; read to study errors and choose methods)',
  'urgent-dev': '紧急开发集 urgent-dev (independent writer, urgent situations + decoys; read to study misses)',
  'blind-test': '盲写测试集 blind-test (independent writer; category figures never used for tuning; urgent flag: dev set since round 5)',
  'urgent-test': '紧急测试集 urgent-test (independent writer, 120 urgent + 80 decoys; NEVER used for tuning — final urgent figure)',
  'blind-test2': '盲写测试集二 blind-test2 (round 6, new independent writer; NEVER used for tuning)',
  'urgent-test2': '紧急开发集二 urgent-test2 (round 6, independent writer, 120 urgent + 80 decoys; measured once sealed, then studied)',
  'urgent-test3': '紧急开发集三 urgent-test3 (round 6, independent writer, 160 urgent + 80 decoys; measured sealed twice, then studied)',
  'urgent-test4': '紧急开发集四 urgent-test4 (round 6, independent writer, 160 urgent + 80 decoys; measured sealed twice, then studied)',
  'urgent-test5': '紧急测试集五 urgent-test5 (round 6b, another new writer, 160 urgent + 80 decoys; NEVER used for tuning)',
  'urgent-test6': '紧急测试集六 urgent-test6 (round 6c, another new writer, 160 urgent + 80 decoys; NEVER used for tuning)',
}

export interface SetReport {
  metrics: Metrics
  byStyle: string
  /** urgent-dev only: urgent P/R overall and per situation */
  urgent?: UrgentReport
}

export interface EvaluationReport {
  generated: Metrics
  handwritten: Metrics
  /** generated + hand-written held-out together */
  combined: Metrics
  blindDev?: Metrics
  urgentDev?: UrgentReport
  blindTest?: Metrics
  /** urgent-test: only urgentPrecision / urgentRecall are meaningful (its category labels are not the point) */
  urgentTest?: Metrics
  blindTest2?: Metrics
  urgentTest2?: UrgentReport
  urgentTest3?: UrgentReport
  urgentTest4?: UrgentReport
  urgentTest5?: UrgentReport
  urgentTest6?: UrgentReport
}

function styleSummary(examples: LabelledExample[], outcomes: Outcome[]): string {
  const byStyle = new Map<string, [number, number]>()
  examples.forEach((example, i) => {
    const [right, all] = byStyle.get(example.style) ?? [0, 0]
    byStyle.set(example.style, [right + (outcomes[i].gold === outcomes[i].predicted ? 1 : 0), all + 1])
  })
  return Array.from(byStyle, ([style, [right, all]]) => `${style} ${((right / all) * 100).toFixed(1)}% (${all})`).join('   ')
}

export function evaluateSets(
  sets: EvalSet[],
  model: ModelFile = JSON.parse(fs.readFileSync(MODEL_PATH, 'utf8')) as ModelFile,
  showErrors = false,
): Partial<Record<EvalSet, SetReport & { outcomes: Outcome[] }>> {
  const classifier = createClassifier(model)
  const out: Partial<Record<EvalSet, SetReport & { outcomes: Outcome[] }>> = {}
  for (const set of sets) {
    const examples = set.startsWith('urgent-test') ? readUrgentJsonl(FILES[set]) : readJsonl(FILES[set])
    const outcomes = examples.map((example): Outcome => {
      const result = classifier.classify(example.text)
      if (showErrors && !SEALED.includes(set) && (result.category !== example.category || result.urgent !== example.urgent)) {
        const reasons = result.urgentReasons.length ? ` {${result.urgentReasons.join(',')}}` : ''
        console.log(`✗ [${set}] ${example.category}${example.urgent ? '!' : ''} → ${result.category}${result.urgent ? '!' : ''}${reasons} [${example.style}] ${example.text}`)
      }
      return { gold: example.category, predicted: result.category, goldUrgent: example.urgent, predictedUrgent: result.urgent }
    })
    out[set] = { metrics: computeMetrics(outcomes), byStyle: styleSummary(examples, outcomes), outcomes }
    if (set === 'urgent-dev') out[set]!.urgent = evaluateUrgentDev(classifier, examples)
    if (set === 'urgent-test2') out[set]!.urgent = evaluateUrgentDev(classifier, examples, situationOfTest2)
    if (['urgent-test3', 'urgent-test4', 'urgent-test5', 'urgent-test6'].includes(set)) out[set]!.urgent = evaluateUrgentDev(classifier, examples, situationOfTest3)
  }
  return out
}

/** All four sets; `generated`, `handwritten` and `combined` (the two older held-out sets together) kept for the tests. */
export function evaluate(model?: ModelFile, showErrors = false, sets: EvalSet[] = EVAL_SETS): EvaluationReport {
  const results = evaluateSets(Array.from(new Set<EvalSet>(['generated', 'handwritten', ...sets])), model, showErrors)
  const report: EvaluationReport = {
    generated: results.generated!.metrics,
    handwritten: results.handwritten!.metrics,
    combined: computeMetrics([...results.generated!.outcomes, ...results.handwritten!.outcomes]),
  }
  if (results['blind-dev']) report.blindDev = results['blind-dev'].metrics
  if (results['urgent-dev']) report.urgentDev = results['urgent-dev'].urgent
  if (results['blind-test']) report.blindTest = results['blind-test'].metrics
  if (results['urgent-test']) report.urgentTest = results['urgent-test'].metrics
  if (results['blind-test2']) report.blindTest2 = results['blind-test2'].metrics
  if (results['urgent-test2']) report.urgentTest2 = results['urgent-test2'].urgent
  if (results['urgent-test3']) report.urgentTest3 = results['urgent-test3'].urgent
  if (results['urgent-test4']) report.urgentTest4 = results['urgent-test4'].urgent
  if (results['urgent-test5']) report.urgentTest5 = results['urgent-test5'].urgent
  if (results['urgent-test6']) report.urgentTest6 = results['urgent-test6'].urgent
  return report
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

if (require.main === module) {
  const requested = (argument('--sets') ?? EVAL_SETS.join(',')).split(',') as EvalSet[]
  for (const set of requested) if (!EVAL_SETS.includes(set)) throw new Error(`unknown set: ${set}`)
  // The sealed sets always last, whatever order was asked for.
  const sets = EVAL_SETS.filter((set) => requested.includes(set))
  const results = evaluateSets(sets, undefined, process.argv.includes('--errors'))
  for (const set of sets) {
    if (set === 'blind-test2') console.log('\n######## 第6轮新盲测 blind-test2：从未打开、从未用于调参 / NEVER opened or used for tuning ########')
    if (set === 'blind-test') console.log('\n######## 盲测 blind-test：类别结果从未用于调参；紧急标记自第5轮起作为开发集 / category figures never used for tuning; urgent flag used as a dev set since round 5 ########')
    if (set === 'urgent-test') {
      const m = results[set]!.metrics
      console.log('\n######## 以下为最终紧急测试结果：从未用于调参 / urgent-test, NEVER used for tuning — final urgent figure ########')
      console.log(`== ${TITLES[set]} (${results[set]!.outcomes.length} 条) ==`)
      console.log(`urgent P ${(m.urgentPrecision * 100).toFixed(1)}% R ${(m.urgentRecall * 100).toFixed(1)}%`)
      console.log()
      continue
    }
    const urgent = results[set]!.urgent
    if (urgent) {
      if (set === 'urgent-test5' || set === 'urgent-test6') console.log(`\n######## 第6轮新紧急测试 ${set}：从未打开、从未用于调参 / NEVER opened or used for tuning ########`)
      console.log(formatUrgentReport(TITLES[set], urgent, process.argv.includes('--errors') && !SEALED.includes(set)))
      console.log(`category accuracy ${(results[set]!.metrics.accuracy * 100).toFixed(1)}%   macro-F1 ${results[set]!.metrics.macroF1.toFixed(3)}`)
    } else {
      console.log(formatMetrics(TITLES[set], results[set]!.metrics))
    }
    console.log('按风格准确率 accuracy by style: ' + results[set]!.byStyle)
    console.log()
  }
}

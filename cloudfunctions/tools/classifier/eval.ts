// Measures the shipped classifier (model.json with int8 weights, the urgent rules and scorer) on texts it never
// trained on. The sets, how each was written and how it has been used: eval-sets.ts; the history of every sealed
// measurement: README.md.
// Usage: tsx cloudfunctions/tools/classifier/eval.ts [--errors] [--sets generated,urgent-dev,…]
//   --errors lists mistakes and urgent misses / false alarms, but never for a sealed set.
import { createClassifier } from '../../src/classifier'
import type { ModelFile } from '../../src/classifier/model-format'
import { readJsonl, readUrgentJsonl, type LabelledExample } from './corpus-io'
import { EVAL_SET_SPECS, EVAL_SETS, type EvalSet, type EvalSetSpec } from './eval-sets'
import { computeMetrics, formatMetrics, type Metrics, type Outcome } from './trainer/metrics'
import * as fs from 'fs'
import { MODEL_PATH } from './train'
import { evaluateUrgentDev, formatUrgentReport, type UrgentReport } from './urgent-eval'

export { EVAL_SETS, type EvalSet } from './eval-sets'

export interface SetReport {
  metrics: Metrics
  byStyle: string
  outcomes: Outcome[]
  /** urgent-only sets with a known id layout: urgent P/R overall and per situation */
  urgent?: UrgentReport
}

/** One report per set, plus `combined`: the generated and hand-written held-out sets together. */
export type EvaluationReport = Partial<Record<EvalSet, SetReport>> & { combined: Metrics }

function styleSummary(examples: LabelledExample[], outcomes: Outcome[]): string {
  const byStyle = new Map<string, [number, number]>()
  examples.forEach((example, i) => {
    const [right, all] = byStyle.get(example.style) ?? [0, 0]
    byStyle.set(example.style, [right + (outcomes[i].gold === outcomes[i].predicted ? 1 : 0), all + 1])
  })
  return Array.from(byStyle, ([style, [right, all]]) => `${style} ${((right / all) * 100).toFixed(1)}% (${all})`).join('   ')
}

export function evaluate(
  model: ModelFile = JSON.parse(fs.readFileSync(MODEL_PATH, 'utf8')) as ModelFile,
  sets: EvalSet[] = EVAL_SETS,
  showErrors = false,
): EvaluationReport {
  const classifier = createClassifier(model)
  const results: Partial<Record<EvalSet, SetReport>> = {}
  for (const set of new Set<EvalSet>(['generated', 'handwritten', ...sets])) {
    const spec: EvalSetSpec = EVAL_SET_SPECS[set]
    const examples = spec.urgentOnly ? readUrgentJsonl(spec.file) : readJsonl(spec.file)
    const outcomes = examples.map((example): Outcome => {
      const result = classifier.classify(example.text)
      if (showErrors && !spec.sealed && (result.category !== example.category || result.urgent !== example.urgent)) {
        const reasons = result.urgentReasons.length ? ` {${result.urgentReasons.join(',')}}` : ''
        console.log(`✗ [${set}] ${example.category}${example.urgent ? '!' : ''} → ${result.category}${result.urgent ? '!' : ''}${reasons} [${example.style}] ${example.text}`)
      }
      return { gold: example.category, predicted: result.category, goldUrgent: example.urgent, predictedUrgent: result.urgent }
    })
    results[set] = {
      metrics: computeMetrics(outcomes),
      byStyle: styleSummary(examples, outcomes),
      outcomes,
      urgent: spec.situationOf ? evaluateUrgentDev(classifier, examples, spec.situationOf) : undefined,
    }
  }
  return { ...results, combined: computeMetrics([...results.generated!.outcomes, ...results.handwritten!.outcomes]) }
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function print(set: EvalSet, report: SetReport, showErrors: boolean): void {
  const spec: EvalSetSpec = EVAL_SET_SPECS[set]
  if (spec.banner) console.log(`\n######## ${spec.banner} ########`)
  const { metrics, urgent } = report
  if (urgent) {
    console.log(formatUrgentReport(spec.title, urgent, showErrors && !spec.sealed))
    console.log(`category accuracy ${(metrics.accuracy * 100).toFixed(1)}%   macro-F1 ${metrics.macroF1.toFixed(3)}`)
  } else if (spec.urgentOnly) {
    console.log(`== ${spec.title} (${report.outcomes.length} 条) ==`)
    console.log(`urgent P ${(metrics.urgentPrecision * 100).toFixed(1)}% R ${(metrics.urgentRecall * 100).toFixed(1)}%\n`)
    return
  } else {
    console.log(formatMetrics(spec.title, metrics))
  }
  console.log('按风格准确率 accuracy by style: ' + report.byStyle)
  console.log()
}

if (require.main === module) {
  const requested = (argument('--sets') ?? EVAL_SETS.join(',')).split(',') as EvalSet[]
  for (const set of requested) if (!EVAL_SETS.includes(set)) throw new Error(`unknown set: ${set}`)
  // Sealed sets always last, whatever order was asked for.
  const sets = EVAL_SETS.filter((set) => requested.includes(set))
  const showErrors = process.argv.includes('--errors')
  const report = evaluate(undefined, sets, showErrors)
  for (const set of sets) print(set, report[set]!, showErrors)
}

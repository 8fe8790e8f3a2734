// Measures the shipped model (model.json, int8 weights) on texts it never trained on:
// corpus/heldout.jsonl (held-out phrasings and templates) and corpus/handwritten-heldout.jsonl.
// Usage: tsx cloudfunctions/tools/classifier/eval.ts [--errors]
import { createClassifier } from '../../src/classifier'
import type { ModelFile } from '../../src/classifier/model-format'
import { CORPUS_FILES, readJsonl, type LabelledExample } from './corpus-io'
import { computeMetrics, formatMetrics, type Metrics, type Outcome } from './trainer/metrics'
import * as fs from 'fs'
import { MODEL_PATH } from './train'

export interface EvaluationReport {
  generated: Metrics
  handwritten: Metrics
  combined: Metrics
}

export function evaluate(model: ModelFile = JSON.parse(fs.readFileSync(MODEL_PATH, 'utf8')) as ModelFile, showErrors = false): EvaluationReport {
  const classifier = createClassifier(model)
  const run = (examples: LabelledExample[]): Outcome[] =>
    examples.map((example) => {
      const result = classifier.classify(example.text)
      if (showErrors && (result.category !== example.category || result.urgent !== example.urgent)) {
        console.log(`✗ ${example.category}${example.urgent ? '!' : ''} → ${result.category}${result.urgent ? '!' : ''} [${example.style}] ${example.text}`)
      }
      return { gold: example.category, predicted: result.category, goldUrgent: example.urgent, predictedUrgent: result.urgent }
    })
  const generated = run(readJsonl(CORPUS_FILES.heldout))
  const handwritten = run(readJsonl(CORPUS_FILES.handwritten))
  return { generated: computeMetrics(generated), handwritten: computeMetrics(handwritten), combined: computeMetrics([...generated, ...handwritten]) }
}

function styleAccuracy(): string {
  const classifier = createClassifier(JSON.parse(fs.readFileSync(MODEL_PATH, 'utf8')) as ModelFile)
  const byStyle = new Map<string, [number, number]>()
  for (const example of [...readJsonl(CORPUS_FILES.heldout), ...readJsonl(CORPUS_FILES.handwritten)]) {
    const [right, all] = byStyle.get(example.style) ?? [0, 0]
    byStyle.set(example.style, [right + (classifier.classify(example.text).category === example.category ? 1 : 0), all + 1])
  }
  return Array.from(byStyle, ([style, [right, all]]) => `${style} ${((right / all) * 100).toFixed(1)}% (${all})`).join('   ')
}

if (require.main === module) {
  const report = evaluate(undefined, process.argv.includes('--errors'))
  console.log(formatMetrics('合计 combined held-out', report.combined))
  console.log()
  console.log(formatMetrics('生成留出集 generated held-out (unseen phrasings/templates)', report.generated))
  console.log()
  console.log(formatMetrics('手写留出集 hand-written held-out', report.handwritten))
  console.log()
  console.log('按风格准确率 accuracy by style: ' + styleAccuracy())
}

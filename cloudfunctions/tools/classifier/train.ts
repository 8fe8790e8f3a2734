// Rebuilds cloudfunctions/src/classifier/model.json from corpus/train.jsonl + corpus/corrections.jsonl.
// The held-out files (heldout.jsonl, handwritten-heldout.jsonl) are never read for training.
// Method choice uses a dev split carved from the training pieces (generate-corpus.ts generateDevSplit), never the held-out sets.
// Usage: tsx cloudfunctions/tools/classifier/train.ts [--method lr|perceptron|nb] [--compare] [--dev]
//   --dev      train on the 'fit' part, report the shipped (int8) pipeline on 'dev'; model.json is not written
//   --dev --folds 5   the same on 5 dev folds (each holds out a different fifth of the training phrasings); prints the mean
//   --compare  NB / perceptron / LR on fit → dev
import * as fs from 'fs'
import * as path from 'path'
import { createClassifier } from '../../src/classifier'
import { CORPUS_FILES, readJsonl, type LabelledExample } from './corpus-io'
import { generateDevSplit } from './generate-corpus'
import { buildDataset, buildVocabulary, type Dataset } from './trainer/dataset'
import { scoreRow, trainLogistic, trainNaiveBayes, trainPerceptron, type FloatModel } from './trainer/linear-models'
import { computeMetrics, formatMetrics, type Metrics, type Outcome } from './trainer/metrics'
import { toModelFile } from './trainer/quantize'

export const MODEL_PATH = path.join(__dirname, '..', '..', 'src', 'classifier', 'model.json')

export const SETTINGS = { minN: 1, maxN: 3, minDocs: 2, maxFeatures: 40000, epochs: 12, learningRate: 0.1, l2: 1e-6, seed: 7, lexiconWeight: 2 }

type Method = 'lr' | 'perceptron' | 'nb'

function exportSettings() {
  return { minN: SETTINGS.minN, maxN: SETTINGS.maxN, maxFeatures: SETTINGS.maxFeatures, lexiconWeight: SETTINGS.lexiconWeight }
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

export function trainingExamples(): LabelledExample[] {
  return [...readJsonl(CORPUS_FILES.train), ...readJsonl(CORPUS_FILES.corrections)]
}

export function fit(method: Method, data: Dataset): FloatModel {
  if (method === 'perceptron') return trainPerceptron(data, SETTINGS.epochs, SETTINGS.seed)
  if (method === 'nb') return trainNaiveBayes({ ...data, rows: data.rows.map((row) => ({ ...row, values: row.values.map(() => 1) })) }, 0.1)
  return trainLogistic(data, SETTINGS)
}

/** Float-precision evaluation, used only to compare methods (eval.ts measures the shipped model). */
function evaluateFloat(method: Method, data: Dataset, model: FloatModel, examples: LabelledExample[]): number {
  const test = buildDataset(examples, data.features, SETTINGS.minN, SETTINGS.maxN, SETTINGS.lexiconWeight)
  const scores = new Float64Array(data.labels.length)
  const outcomes: Outcome[] = test.rows.map((row, i) => {
    scoreRow(model, data.labels.length, method === 'nb' ? { ...row, values: row.values.map(() => 1) } : row, scores)
    let best = 0
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c
    return { gold: examples[i].category, predicted: data.labels[best], goldUrgent: false, predictedUrgent: false }
  })
  return computeMetrics(outcomes).macroF1
}

/** Trains on the dev split's 'fit' part and measures the int8 model exactly as shipped on 'dev'. */
export function devEvaluation(method: Method = 'lr', showErrors = false, fold = 0): { metrics: Metrics; byStyle: string } {
  const { fit: fitExamples, dev } = generateDevSplit(fold)
  const features = buildVocabulary(fitExamples, SETTINGS)
  const data = buildDataset(fitExamples, features, SETTINGS.minN, SETTINGS.maxN, SETTINGS.lexiconWeight)
  const file = toModelFile(data, fit(method, data), { ...exportSettings(), meta: {} })
  const classifier = createClassifier(file)
  const byStyle = new Map<string, [number, number]>()
  const outcomes: Outcome[] = dev.map((example) => {
    const result = classifier.classify(example.text)
    const [right, all] = byStyle.get(example.style) ?? [0, 0]
    byStyle.set(example.style, [right + (result.category === example.category ? 1 : 0), all + 1])
    if (showErrors && result.category !== example.category) console.log(`✗ ${example.category} → ${result.category} [${example.style}] ${example.text}`)
    return { gold: example.category, predicted: result.category, goldUrgent: example.urgent, predictedUrgent: result.urgent }
  })
  return {
    metrics: computeMetrics(outcomes),
    byStyle: Array.from(byStyle, ([style, [right, all]]) => `${style} ${((right / all) * 100).toFixed(1)}% (${all})`).join('   '),
  }
}

function main(): void {
  const started = Date.now()
  if (process.argv.includes('--dev')) {
    const method = (argument('--method') ?? 'lr') as Method
    const folds = Number(argument('--folds') ?? 1)
    if (folds > 1) {
      const scores = Array.from({ length: folds }, (_, fold) => devEvaluation(method, false, fold).metrics.macroF1)
      const mean = scores.reduce((sum, score) => sum + score, 0) / folds
      console.log(`开发集 ${folds} 折 dev folds (fit → dev, ${method}) macro-F1: ${scores.map((s) => s.toFixed(3)).join(' ')}  平均 mean ${mean.toFixed(4)}`)
      return
    }
    const { metrics, byStyle } = devEvaluation(method, process.argv.includes('--errors'))
    console.log(formatMetrics(`开发集 dev split (fit → dev, ${method})`, metrics))
    console.log('按风格准确率 accuracy by style: ' + byStyle)
    return
  }
  if (process.argv.includes('--compare')) {
    const { fit: fitExamples, dev } = generateDevSplit()
    const fitData = buildDataset(fitExamples, buildVocabulary(fitExamples, SETTINGS), SETTINGS.minN, SETTINGS.maxN, SETTINGS.lexiconWeight)
    for (const method of ['nb', 'perceptron', 'lr'] as Method[]) {
      const t = Date.now()
      const model = fit(method, fitData)
      console.error(`${method.padEnd(10)} macro-F1 开发集 dev ${evaluateFloat(method, fitData, model, dev).toFixed(3)}  (${Date.now() - t} ms)`)
    }
    return
  }

  const examples = trainingExamples()
  const features = buildVocabulary(examples, SETTINGS)
  const data = buildDataset(examples, features, SETTINGS.minN, SETTINGS.maxN, SETTINGS.lexiconWeight)
  console.error(`训练样本 ${examples.length} 条（含人工纠正 ${readJsonl(CORPUS_FILES.corrections).length} 条），候选特征 ${features.length} 个`)

  const method = (argument('--method') ?? 'lr') as Method
  const model = fit(method, data)
  const file = toModelFile(data, model, {
    ...exportSettings(),
    meta: { method, trainingExamples: examples.length, candidateFeatures: features.length },
  })
  fs.writeFileSync(MODEL_PATH, JSON.stringify(file) + '\n')
  const kept = file.features.split('\n').length
  console.error(`已写入 ${path.relative(process.cwd(), MODEL_PATH)}：方法 ${method}，保留特征 ${kept} 个，${fs.statSync(MODEL_PATH).size} 字节，用时 ${Date.now() - started} ms`)
}

if (require.main === module) main()

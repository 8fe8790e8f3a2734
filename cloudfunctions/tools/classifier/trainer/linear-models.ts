// Training algorithms compared for the classifier; all produce a dense float matrix (features × classes) + biases.
import type { Dataset } from './dataset'
import { mulberry32 } from './random'

export interface FloatModel {
  weights: Float32Array
  bias: Float64Array
}


function shuffledOrder(length: number, random: () => number): number[] {
  const order = Array.from({ length }, (_, i) => i)
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  return order
}

export function scoreRow(model: FloatModel, classes: number, row: Dataset['rows'][number], out: Float64Array): void {
  out.set(model.bias)
  for (let i = 0; i < row.features.length; i++) {
    const base = row.features[i] * classes
    for (let c = 0; c < classes; c++) out[c] += model.weights[base + c] * row.values[i]
  }
}

export interface LogisticOptions {
  epochs: number
  learningRate: number
  l2: number
  seed: number
}

/** What a trainer reads of a dataset: its rows, and how many classes and features there are (any labels, not only categories). */
export type TrainingData = Pick<Dataset, 'rows'> & { labels: readonly unknown[]; features: readonly unknown[] }

/** Multinomial logistic regression, AdaGrad SGD with L2 on touched rows. */
export function trainLogistic(data: TrainingData, options: LogisticOptions): FloatModel {
  const classes = data.labels.length
  const weights = new Float32Array(data.features.length * classes)
  const accumulated = new Float32Array(weights.length).fill(1e-6)
  const bias = new Float64Array(classes)
  const biasAccumulated = new Float64Array(classes).fill(1e-6)
  const random = mulberry32(options.seed)
  const scores = new Float64Array(classes)
  const model = { weights, bias }
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffledOrder(data.rows.length, random)) {
      const row = data.rows[i]
      scoreRow(model, classes, row, scores)
      let max = -Infinity
      for (const s of scores) max = Math.max(max, s)
      let sum = 0
      for (let c = 0; c < classes; c++) sum += scores[c] = Math.exp(scores[c] - max)
      for (let c = 0; c < classes; c++) {
        const gradient = scores[c] / sum - (c === row.label ? 1 : 0)
        biasAccumulated[c] += gradient * gradient
        bias[c] -= (options.learningRate * gradient) / Math.sqrt(biasAccumulated[c])
        for (let i = 0; i < row.features.length; i++) {
          const k = row.features[i] * classes + c
          const g = gradient * row.values[i] + options.l2 * weights[k]
          accumulated[k] += g * g
          weights[k] -= (options.learningRate * g) / Math.sqrt(accumulated[k])
        }
      }
    }
  }
  return model
}

/** Averaged multiclass perceptron. */
export function trainPerceptron(data: Dataset, epochs: number, seed: number): FloatModel {
  const classes = data.labels.length
  const weights = new Float32Array(data.features.length * classes)
  const totals = new Float64Array(weights.length)
  const stamps = new Float64Array(weights.length)
  const bias = new Float64Array(classes)
  const model = { weights, bias }
  const random = mulberry32(seed)
  const scores = new Float64Array(classes)
  let step = 1
  const update = (k: number, delta: number) => {
    totals[k] += (step - stamps[k]) * weights[k]
    stamps[k] = step
    weights[k] += delta
  }
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffledOrder(data.rows.length, random)) {
      const row = data.rows[i]
      scoreRow(model, classes, row, scores)
      let guess = 0
      for (let c = 1; c < classes; c++) if (scores[c] > scores[guess]) guess = c
      if (guess !== row.label) {
        row.features.forEach((f, i) => {
          update(f * classes + row.label, row.values[i])
          update(f * classes + guess, -row.values[i])
        })
      }
      step++
    }
  }
  const averaged = new Float32Array(weights.length)
  for (let k = 0; k < weights.length; k++) averaged[k] = (totals[k] + (step - stamps[k]) * weights[k]) / step
  return { weights: averaged, bias: new Float64Array(classes) }
}

/** Multinomial naive Bayes over presence features (Laplace smoothing); scored on the same rows. */
export function trainNaiveBayes(data: Dataset, alpha: number): FloatModel {
  const classes = data.labels.length
  const counts = new Float64Array(data.features.length * classes)
  const totals = new Float64Array(classes)
  const docs = new Float64Array(classes)
  for (const row of data.rows) {
    docs[row.label]++
    for (const f of row.features) {
      counts[f * classes + row.label]++
      totals[row.label]++
    }
  }
  const weights = new Float32Array(counts.length)
  for (let f = 0; f < data.features.length; f++) {
    for (let c = 0; c < classes; c++) {
      weights[f * classes + c] = Math.log((counts[f * classes + c] + alpha) / (totals[c] + alpha * data.features.length))
    }
  }
  const bias = Float64Array.from(docs, (d) => Math.log(d / data.rows.length))
  return { weights, bias }
}

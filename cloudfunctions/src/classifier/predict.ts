// Scores a text with the linear model and turns scores into probabilities.
import type { CategoryCode } from '../../../src/core/domain/category'
import type { CategoryScore } from '../../../src/core/ports/classifier'
import { extractFeatures } from './features'
import type { LoadedModel } from './model-format'

export function scoreText(model: LoadedModel, text: string): Float64Array {
  const classes = model.labels.length
  const scores = Float64Array.from(model.bias)
  const { rows, values } = extractFeatures(text, model.index, model.minN, model.maxN, model.lexiconWeight)
  for (let i = 0; i < rows.length; i++) {
    const base = rows[i] * classes
    const step = values[i] * model.scale
    for (let c = 0; c < classes; c++) scores[c] += model.weights[base + c] * step
  }
  return scores
}

export function softmax(scores: Float64Array): Float64Array {
  let max = -Infinity
  for (const s of scores) if (s > max) max = s
  const out = new Float64Array(scores.length)
  let sum = 0
  for (let i = 0; i < scores.length; i++) sum += out[i] = Math.exp(scores[i] - max)
  for (let i = 0; i < out.length; i++) out[i] /= sum
  return out
}

export function rankCategories(model: LoadedModel, text: string): CategoryScore[] {
  const probabilities = softmax(scoreText(model, text))
  return model.labels
    .map((category: CategoryCode, i) => ({ category, score: probabilities[i] }))
    .sort((a, b) => b.score - a.score || model.labels.indexOf(a.category) - model.labels.indexOf(b.category))
}

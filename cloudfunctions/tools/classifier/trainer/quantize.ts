// Prunes weak features and quantises weights to int8 for the shipped model.json.
import { encodeBase64, type ModelFile } from '../../../src/classifier/model-format'
import type { Dataset } from './dataset'
import type { FloatModel } from './linear-models'

export interface ExportOptions {
  minN: number
  maxN: number
  /** Keep at most this many features, strongest first (by largest absolute weight). */
  maxFeatures: number
  lexiconWeight: number
  meta: Record<string, string | number>
}

export function toModelFile(data: Dataset, model: FloatModel, options: ExportOptions): ModelFile {
  const classes = data.labels.length
  const strength = data.features.map((_, f) => {
    let max = 0
    for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(model.weights[f * classes + c]))
    return max
  })
  let maxAbs = 0
  for (const value of strength) maxAbs = Math.max(maxAbs, value)
  const scale = maxAbs / 127 || 1
  const kept = data.features
    .map((_, f) => f)
    .filter((f) => Math.round(strength[f] / scale) !== 0)
    .sort((a, b) => strength[b] - strength[a] || (data.features[a] < data.features[b] ? -1 : 1))
    .slice(0, options.maxFeatures)
    .sort((a, b) => (data.features[a] < data.features[b] ? -1 : 1))
  const quantized = new Int8Array(kept.length * classes)
  kept.forEach((f, row) => {
    for (let c = 0; c < classes; c++) {
      quantized[row * classes + c] = Math.max(-127, Math.min(127, Math.round(model.weights[f * classes + c] / scale)))
    }
  })
  return {
    format: 'shuoshi-linear-v1',
    labels: data.labels,
    minN: options.minN,
    maxN: options.maxN,
    features: kept.map((f) => data.features[f]).join('\n'),
    weights: encodeBase64(new Uint8Array(quantized.buffer)),
    scale: Number(scale.toPrecision(8)),
    bias: Array.from(model.bias, (b) => Number(b.toFixed(5))),
    lexiconWeight: options.lexiconWeight,
    meta: options.meta,
  }
}

// The shipped model: a linear scorer over character n-grams, weights quantised to int8.
import type { CategoryCode } from '../../../src/core/domain/category'

export interface ModelFile {
  format: 'shuoshi-linear-v1'
  /** Category order of the weight columns and biases. */
  labels: CategoryCode[]
  minN: number
  maxN: number
  /** Feature strings joined by '\n'; row i of the weight matrix belongs to feature i. */
  features: string
  /** base64 of Int8Array(features × labels), row-major. */
  weights: string
  /** Real weight = int8 × scale. */
  scale: number
  bias: number[]
  /** A lexicon feature's value relative to an n-gram's (absent in models before round 6: 1). */
  lexiconWeight?: number
  /** Free-form notes written by train.ts (method, corpus size, measured figures). */
  meta: Record<string, string | number>
}

export interface LoadedModel {
  labels: CategoryCode[]
  minN: number
  maxN: number
  index: Map<string, number>
  weights: Int8Array
  scale: number
  bias: Float64Array
  lexiconWeight: number
}

export function decodeBase64(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'base64'))
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}

export function loadModel(file: ModelFile): LoadedModel {
  if (file.format !== 'shuoshi-linear-v1') throw new Error(`unknown model format: ${String(file.format)}`)
  const names = file.features ? file.features.split('\n') : []
  const index = new Map<string, number>()
  names.forEach((name, i) => index.set(name, i))
  const bytes = decodeBase64(file.weights)
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (weights.length !== names.length * file.labels.length) throw new Error('model weights do not match features × labels')
  return { labels: file.labels, minN: file.minN, maxN: file.maxN, index, weights, scale: file.scale, bias: Float64Array.from(file.bias), lexiconWeight: file.lexiconWeight ?? 1 }
}

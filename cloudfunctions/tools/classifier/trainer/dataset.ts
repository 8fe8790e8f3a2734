// Turns labelled texts into sparse rows over an n-gram vocabulary.
import { CATEGORY_CODES, type CategoryCode } from '../../../../src/core/domain/category'
import { extractFeatures, forEachFeature } from '../../../src/classifier/features'
import type { LabelledExample } from '../corpus-io'

export interface Dataset {
  labels: CategoryCode[]
  features: string[]
  index: Map<string, number>
  /** values[k] belongs to features[k]. */
  rows: { features: Int32Array; values: Float32Array; label: number }[]
}

export interface VocabularyOptions {
  minN: number
  maxN: number
  /** Keep n-grams seen in at least this many training texts. */
  minDocs: number
}

export function buildVocabulary(examples: LabelledExample[], options: VocabularyOptions): string[] {
  const documents = new Map<string, number>()
  for (const example of examples) {
    const grams = new Set<string>()
    forEachFeature(example.text, options.minN, options.maxN, (feature) => grams.add(feature))
    for (const gram of grams) documents.set(gram, (documents.get(gram) ?? 0) + 1)
  }
  return Array.from(documents).filter(([, count]) => count >= options.minDocs).map(([gram]) => gram).sort()
}

export function buildDataset(examples: LabelledExample[], features: string[], minN: number, maxN: number, lexiconWeight = 1): Dataset {
  const labels = [...CATEGORY_CODES]
  const index = new Map(features.map((feature, i) => [feature, i]))
  const rows = examples.map((example) => {
    const sparse = extractFeatures(example.text, index, minN, maxN, lexiconWeight)
    return { features: Int32Array.from(sparse.rows), values: Float32Array.from(sparse.values), label: labels.indexOf(example.category) }
  })
  return { labels, features, index, rows }
}

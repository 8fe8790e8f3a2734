// Maps a text to the model's feature rows: distinct known n-grams, each weighted 1/sqrt(all n-grams in the text),
// so pruning unknown features never changes the weight of the ones that remain.
import { forEachLexiconFeature } from './lexicon'
import { forEachNgram, normalize } from './tokenize'

export interface SparseFeatures {
  rows: number[]
  value: number
}

export function extractFeatures(text: string, index: Map<string, number>, minN: number, maxN: number): SparseFeatures {
  const seen = new Set<number>()
  let total = 0
  forEachNgram(text, minN, maxN, (gram) => {
    total++
    const row = index.get(gram)
    if (row !== undefined) seen.add(row)
  })
  forEachLexiconFeature(normalize(text), (feature) => {
    const row = index.get(feature)
    if (row !== undefined) seen.add(row)
  })
  const rows = Array.from(seen)
  return { rows, value: total ? 1 / Math.sqrt(total) : 0 }
}

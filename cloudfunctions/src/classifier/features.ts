// Maps a text to the model's feature rows: distinct known n-grams of the clauses the report is about (see
// focusClauses) plus lexicon hits, each weighted 1/sqrt(all n-grams counted), so pruning unknown features never
// changes the weight of the ones that remain.
import { forEachLexiconFeature } from './lexicon'
import { focusClauses, forEachClauseNgram } from './tokenize'

export interface SparseFeatures {
  rows: number[]
  value: number
}

/** Every feature string of a text (n-grams and lexicon features), with repeats; used to build the vocabulary too. */
export function forEachFeature(text: string, minN: number, maxN: number, visit: (feature: string, isGram: boolean) => void): void {
  const focus = focusClauses(text)
  forEachClauseNgram(focus, minN, maxN, (gram) => visit(gram, true))
  forEachLexiconFeature(focus.join(' '), (feature) => visit(feature, false))
}

export function extractFeatures(text: string, index: Map<string, number>, minN: number, maxN: number): SparseFeatures {
  const seen = new Set<number>()
  let total = 0
  forEachFeature(text, minN, maxN, (feature, isGram) => {
    if (isGram) total++
    const row = index.get(feature)
    if (row !== undefined) seen.add(row)
  })
  const rows = Array.from(seen)
  return { rows, value: total ? 1 / Math.sqrt(total) : 0 }
}

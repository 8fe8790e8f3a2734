// Maps a text to the model's feature rows: distinct known n-grams of the clauses the report is about (see
// focusClauses) plus lexicon hits. Each n-gram is weighted 1/sqrt(all n-grams counted), so pruning unknown features
// never changes the weight of the ones that remain; a lexicon hit weighs `lexiconWeight` times as much (round 6:
// domain words carry over to unseen phrasings better than n-grams do).
import { forEachLexiconFeature } from './lexicon'
import { focusClauses, forEachClauseNgram } from './tokenize'

export interface SparseFeatures {
  rows: number[]
  /** values[i] belongs to rows[i]. */
  values: number[]
}

/** Every feature string of a text (n-grams and lexicon features), with repeats; used to build the vocabulary too. */
export function forEachFeature(text: string, minN: number, maxN: number, visit: (feature: string, isGram: boolean) => void): void {
  const focus = focusClauses(text)
  forEachClauseNgram(focus, minN, maxN, (gram) => visit(gram, true))
  forEachLexiconFeature(focus.join(' '), (feature) => visit(feature, false))
}

export function extractFeatures(text: string, index: Map<string, number>, minN: number, maxN: number, lexiconWeight = 1): SparseFeatures {
  const weightOf = new Map<number, number>()
  let total = 0
  forEachFeature(text, minN, maxN, (feature, isGram) => {
    if (isGram) total++
    const row = index.get(feature)
    if (row !== undefined) weightOf.set(row, isGram ? 1 : lexiconWeight)
  })
  const value = total ? 1 / Math.sqrt(total) : 0
  return { rows: Array.from(weightOf.keys()), values: Array.from(weightOf.values(), (weight) => weight * value) }
}

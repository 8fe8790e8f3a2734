// Report classifier for cloud functions: category, urgent flag with reasons, handling unit.
// The model ships inside the bundle (model.json); no network, no download.
import { CATEGORIES } from '../../../src/core/domain/category'
import type { Classification, Classifier } from '../../../src/core/ports/classifier'
import { loadModel, type LoadedModel, type ModelFile } from './model-format'
import { rankCategories } from './predict'
import { detectUrgent } from './urgent'
import model from './model.json'

export { detectUrgent, explainUrgent } from './urgent'
export { explainUrgent as explainUrgentRules, normalizeForUrgent, urgentRules } from './urgent-rules'
export { explainUrgentScorer } from './urgent-scorer'
export type { UrgentEvidence, UrgentRule } from './urgent-rules'

export function createClassifier(file: ModelFile): Classifier {
  const loaded: LoadedModel = loadModel(file)
  return {
    classify(text: string): Classification {
      const ranked = rankCategories(loaded, text)
      const best = ranked[0]
      const urgentReasons = detectUrgent(text)
      return {
        category: best.category,
        urgent: urgentReasons.length > 0,
        urgentReasons,
        unit: CATEGORIES[best.category].defaultUnitLabel,
        confidence: Math.round(best.score * 1000) / 1000,
        top3: ranked.slice(0, 3).map(({ category, score }) => ({ category, score: Math.round(score * 1000) / 1000 })),
      }
    },
  }
}

let shared: Classifier | undefined

/** Loads the shipped model once per function instance. */
export function loadClassifier(): Classifier {
  shared ??= createClassifier(model as unknown as ModelFile)
  return shared
}

// Report classifier for cloud functions: category, urgent flag with reasons, handling unit.
// The model ships inside the bundle (model.json); no network, no download.
import { CATEGORIES, type CategoryCode } from '../../../src/core/domain/category'
import type { Classification, Classifier } from '../../../src/core/ports/classifier'
import { loadModel, type LoadedModel, type ModelFile } from './model-format'
import { rankCategories } from './predict'
import { assessUrgent } from './urgent'
import model from './model.json'

export { assessUrgent, detectUrgent, explainUrgent } from './urgent'
export { explainUrgent as explainUrgentRules, normalizeForUrgent, urgentRules } from './urgent-rules'
export { explainUrgentScorer } from './urgent-scorer'
export { checkSoonSituation, CHECK_SOON_AT } from './urgent'
export type { UrgentEvidence, UrgentRule } from './urgent-rules'

/**
 * Round 6: urgent situations that TAXONOMY.md places in one category decide the category (gas smell, fire, a person
 * trapped in a lift and violence → safety; an elderly person living alone → welfare), whatever else the report says.
 * Flooding, live wires and collapse have no fixed category (inside the compound → property, on a public road → facility).
 */
const CATEGORY_OF_URGENT: Record<string, CategoryCode> = {
  燃气泄漏: 'safety',
  起火冒烟: 'safety',
  电梯困人: 'safety',
  正在发生暴力: 'safety',
  独居老人联系不上: 'welfare',
}

export function createClassifier(file: ModelFile): Classifier {
  const loaded: LoadedModel = loadModel(file)
  return {
    classify(text: string): Classification {
      const ranked = rankCategories(loaded, text)
      const { evidence, checkSoon } = assessUrgent(text)
      const urgentReasons = evidence.map((e) => e.reason)
      const decided = urgentReasons.map((reason) => CATEGORY_OF_URGENT[reason]).find(Boolean)
      const best = ranked.find((entry) => entry.category === decided) ?? ranked[0]
      return {
        category: best.category,
        urgent: urgentReasons.length > 0,
        urgentReasons,
        unit: CATEGORIES[best.category].defaultUnitLabel,
        confidence: Math.round(best.score * 1000) / 1000,
        top3: ranked.slice(0, 3).map(({ category, score }) => ({ category, score: Math.round(score * 1000) / 1000 })),
        ...(checkSoon ? { checkSoon } : {}),
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

// Port: classify a resident's report text. Implemented in cloudfunctions/src/classifier (model ships with the code).
import type { CategoryCode } from '../domain/category'

export interface CategoryScore {
  category: CategoryCode
  score: number
}

export interface Classification {
  category: CategoryCode
  urgent: boolean
  /** Why the urgent flag was raised, in Chinese, e.g. ["燃气泄漏"]; empty when not urgent. */
  urgentReasons: string[]
  /** Suggested handling unit label, e.g. "环卫所". */
  unit: string
  confidence: number
  top3: CategoryScore[]
  /** 需尽快核实: not urgent, but the classifier is unsure — the situation staff should check within the hour. */
  checkSoon?: string
}

/** The shipped model: answers at once. */
export interface Classifier {
  classify(text: string): Classification
}

/** What the use cases are given (Deps.classifier): the model itself, or the local server's, which answers from a reader thread. */
export interface ClassifierPort {
  classify(text: string): Classification | Promise<Classification>
}

// The urgent flag: the explainable rules (urgent-rules.ts) OR the learned situation scorer (urgent-scorer.ts).
// The scorer is consulted only when no rule fired, so rule evidence is always the first thing staff see.
import { explainUrgent as explainUrgentRules, type UrgentEvidence } from './urgent-rules'
import { explainUrgentScorer } from './urgent-scorer'

/** Every reason with its evidence: the rules' matches, or else the scorer's situation with its top n-grams. */
export function explainUrgent(text: string): UrgentEvidence[] {
  const rules = explainUrgentRules(text)
  if (rules.length) return rules
  const scored = explainUrgentScorer(text)
  return scored ? [scored] : []
}

/** Chinese reasons why the text is urgent; empty when it is not. */
export function detectUrgent(text: string): string[] {
  return explainUrgent(text).map((evidence) => evidence.reason)
}

// The urgent flag: the explainable rules (urgent-rules.ts) OR the learned situation scorer (urgent-scorer.ts).
// The scorer is consulted only when no rule fired, so rule evidence is always the first thing staff see.
import { explainUrgent as explainUrgentRules, type UrgentEvidence } from './urgent-rules'
import { explainUrgentScorer, sharedUrgentModel, urgentScorerVerdict, type LoadedUrgentModel } from './urgent-scorer'

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

/**
 * Round 8, the third level 需尽快核实 (check soon): not urgent, but the scorer gives every urgent situation together
 * (1 − P(none)) at least `CHECK_SOON_AT`, and the report is not a suggestion or a follow-up note. A staff member looks
 * within the hour. Measured only (cloudfunctions/tools/classifier/check-soon-eval.ts, README "Round 8"); not shown yet.
 */
export const CHECK_SOON_AT = 0.5

/** The situation to check soon (the scorer's most likely one), or undefined when the report is urgent or not in doubt. */
export function checkSoonSituation(text: string, model: LoadedUrgentModel = sharedUrgentModel(), at = CHECK_SOON_AT): string | undefined {
  if (explainUrgent(text).length) return undefined
  const verdict = urgentScorerVerdict(text, model)
  if (!verdict.score || verdict.blockedBy === 'empty-or-lead' || verdict.score.urgency < at) return undefined
  return verdict.score.label
}

// The urgent flag: the explainable rules (urgent-rules.ts) OR the learned situation scorer (urgent-scorer.ts).
// The scorer is consulted only when no rule fired, so rule evidence is always the first thing staff see.
// Round 8 adds a third level, 需尽快核实 (check soon), for reports the scorer is unsure about.
import { explainUrgent as explainUrgentRules, normalizeForUrgent, type UrgentEvidence } from './urgent-rules'
import { sceneIsFramedNotNow } from './urgent-scene'
import { sharedUrgentModel, urgentScorerVerdict, type LoadedUrgentModel } from './urgent-scorer'

/**
 * Round 8, 需尽快核实: not urgent, but the scorer gives every urgent situation together (1 − P(none)) at least this,
 * and the report is not a suggestion or a follow-up note. A staff member looks within the hour. Chosen on the dev sets
 * (cloudfunctions/tools/classifier/check-soon-eval.ts, README "Round 8": 0.5, about 6–7 of 100 ordinary reports).
 * Round 9: 0.6 — the retrained scorer gives ordinary text more urgency mass, and 0.6 keeps the workload where it was
 * (6–11 of 100) while urgent ∪ check still covers 99–100 % of the dev sets. Shown in the triage suggestion box; it does
 * not change the case's urgency.
 */
export const CHECK_SOON_AT = 0.6

/**
 * Round 14: a rule fires on a word ("着火", "打火", "满屋"), but the scene is told as past, made safe, a habit, a fear or
 * a request, nothing in it happens now, and the scorer — which reads the whole scene — gives every urgent situation
 * together less than this: the rule's word is not an emergency here ("昨天晚上那个车棚着火的事 消防来了搞熄了",
 * "热水器…最近打火有点响，要不要换"). The report goes to 需尽快核实 instead, so staff still look within the hour.
 */
export const RULES_OVERRULED_BELOW = 0.1

export interface UrgentAssessment {
  /** Why the report is urgent (rules first, else the scorer); empty when it is not. */
  evidence: UrgentEvidence[]
  /** When not urgent but in doubt: the situation to check within the hour (the scorer's most likely one). */
  checkSoon?: string
}

/** The urgent flag's evidence and, when there is none, whether staff should check soon (one scorer run). */
export function assessUrgent(text: string, model: LoadedUrgentModel = sharedUrgentModel(), checkSoonAt = CHECK_SOON_AT): UrgentAssessment {
  const rules = explainUrgentRules(text)
  if (rules.length) {
    if (!sceneIsFramedNotNow(normalizeForUrgent(text))) return { evidence: rules }
    // A framed, not-now scene: the scorer decides whether the rule's word stands.
    const framed = urgentScorerVerdict(text, model)
    return (framed.score?.urgency ?? 0) >= RULES_OVERRULED_BELOW ? { evidence: rules } : { evidence: [], checkSoon: rules[0].reason }
  }
  const verdict = urgentScorerVerdict(text, model)
  if (verdict.evidence) return { evidence: [verdict.evidence] }
  if (verdict.score && verdict.blockedBy !== 'empty-or-lead' && verdict.score.urgency >= checkSoonAt) return { evidence: [], checkSoon: verdict.score.label }
  return { evidence: [] }
}

/** Every reason with its evidence: the rules' matches, or else the scorer's situation with its top n-grams. */
export function explainUrgent(text: string): UrgentEvidence[] {
  return assessUrgent(text).evidence
}

/** Chinese reasons why the text is urgent; empty when it is not. */
export function detectUrgent(text: string): string[] {
  return explainUrgent(text).map((evidence) => evidence.reason)
}

/** The situation to check soon, or undefined when the report is urgent or not in doubt. */
export function checkSoonSituation(text: string, model: LoadedUrgentModel = sharedUrgentModel(), at = CHECK_SOON_AT): string | undefined {
  return assessUrgent(text, model, at).checkSoon
}

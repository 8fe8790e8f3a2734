// The urgent flag: the explainable rules (urgent-rules.ts) OR the learned situation scorer (urgent-scorer.ts).
// When a rule fires, its evidence is what staff see — if the scorer, reading the whole scene, does not rule it out.
// Round 8 adds a third level, 需尽快核实 (check soon), for reports the scorer is unsure about.
import { reportSaysItCanWait } from './urgent-can-wait'
import { normalizeForUrgent, urgentRuleHits, type UrgentEvidence } from './urgent-rules'
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
 * A rule fires on a word ("着火", "漏水", "没人应"), and the scorer — which reads the whole scene and was trained on
 * thousands of everyday reports told with the same words — gives every urgent situation together (1 − P(none)) less
 * than this: the word is not an emergency here (a fire that was put out, water that stayed in the stairwell). The report
 * goes to 需尽快核实 instead, so staff still look within the hour. Round 14 did this only for scenes told as past, made
 * safe, a habit, a fear or a request; round 19 does it for every scene the scorer reads (not a bare topic, "关于有煤气味",
 * which it does not judge). Chosen with leave-one-writer-out fold models (`rule-gate-eval.ts`, README Round 19): against
 * no check at all, 0.1 leaves 29 of 65 false alarms over the studied sets and training writers, and 22 of 31 on two
 * writers no rule was written from, with no urgent text lost; 0.3 took back a few more but lost short, plain reports told
 * politely ("我们单元有很浓的煤气味，能不能派人来处理一下，谢谢": 0.21), which the generated held-out set guards.
 * Round 21: the scorer no longer reads how a report asks (urgent-scorer.ts `sceneWords`: that report is 1.00 now), and the
 * line is the check-soon line, 0.6: a rule's word in a scene the scorer gives less than it sends the report to check, as a
 * scene without a rule's word would be. On everyday writers, every true flag of the rules had the scorer at 0.95 or more,
 * and their false alarms mostly under 0.6 (README "Round 21": 30 → 20 false alarms on four sealed everyday writers, no
 * urgent text lost on them or on three sealed urgent writers; one of 3,200 studied urgent texts went to 需尽快核实
 * instead, none of the 155 generated ones).
 */
export const RULE_NEEDS_URGENCY = 0.6

/**
 * Round 22: the scorer alone (no rule's word) flags these hazards only when it is this sure (1 − P(none)); under it the
 * report goes to 需尽快核实. In leave-one-writer-out (every fold's scorer trained without the set or writer it reads;
 * README "Round 22"), a scorer-only read of these four under 0.9 was right 2 times in 13: a thing overhead, a wire, water
 * coming in or smoke is told with concrete words when it is real, and a middling read is a scene that only mentions one
 * ("楼顶天台门开着…栏杆又矮", "楼上浇花水顺着墙往下淌"). People in danger are not here: their true reads are often
 * middling (a missing person, a swindle under way), and so are the other hazards' (an open hole, a wall, gas).
 */
export const SCORER_ALONE_NEEDS: Readonly<Record<string, number>> = {
  高处物体有坠落危险: 0.9,
  电线裸露或漏电: 0.9,
  污水或积水进入住户家中: 0.9,
  起火冒烟: 0.9,
}

export interface UrgentAssessment {
  /** Why the report is urgent (rules first, else the scorer); empty when it is not. */
  evidence: UrgentEvidence[]
  /** When not urgent but in doubt: the situation to check within the hour (the scorer's most likely one). */
  checkSoon?: string
}

/** The urgent flag's evidence and, when there is none, whether staff should check soon (one scorer run). */
export function assessUrgent(
  text: string,
  model: LoadedUrgentModel = sharedUrgentModel(),
  checkSoonAt = CHECK_SOON_AT,
  ruleNeedsUrgency = RULE_NEEDS_URGENCY,
  scorerAloneNeeds: Readonly<Record<string, number>> = SCORER_ALONE_NEEDS,
): UrgentAssessment {
  const hits = urgentRuleHits(text)
  const rules = hits.map((hit) => hit.evidence)
  const verdict = urgentScorerVerdict(text, model)
  // Round 20: a report whose own words say it can wait (a mediation asked for, "不然…都要烧起来") is checked, not flagged.
  const canWait = (situations: string[]) => reportSaysItCanWait(normalizeForUrgent(text), situations) !== undefined
  if (rules.length) {
    // The scorer reads the whole scene and decides whether the rule's word stands; a bare topic it does not read. Round 24:
    // a rule whose words no studied writer used of a calm scene stands on its own (urgent-rules.ts standsAlone).
    const sceneStands = !verdict.score || verdict.score.urgency >= ruleNeedsUrgency || hits.some((hit) => hit.standsAlone)
    const stands = sceneStands && !canWait(rules.map((rule) => rule.reason))
    return stands ? { evidence: rules } : { evidence: [], checkSoon: rules[0].reason }
  }
  if (verdict.evidence) {
    const reason = verdict.evidence.reason
    const unsure = (verdict.score?.urgency ?? 1) < (scorerAloneNeeds[reason] ?? 0)
    return unsure || canWait([reason]) ? { evidence: [], checkSoon: reason } : { evidence: [verdict.evidence] }
  }
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

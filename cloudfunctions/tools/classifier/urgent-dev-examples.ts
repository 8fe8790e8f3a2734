// Round 8: the studied urgent DEV sets as situation-labelled training text for the learned scorer. Each was written by
// an independent writer (urgent-dev, urgent-test2/3/4; urgent-dev-hazards by the round-7 helper; blind-dev), so
// together they bring five more ways of describing the same emergencies than the texts written for training. The rules
// were already fitted to them, so they no longer measure anything; the scorer learns from them instead. A set can be
// left out (`except`) to measure how much the other writers help on a writer the scorer has not seen
// (train-urgent.ts --leave-one-out). Never a sealed set (eval-sets.ts).
import { explainUrgent as explainRules } from '../../src/classifier/urgent-rules'
import { CORPUS_FILES, readUrgentJsonl } from './corpus-io'
import { SCORER_SITUATIONS, situationOf, situationOfTest2, situationOfTest3 } from './urgent-eval'
import type { SituationLabel } from './urgent-source'

/** The first reason of the rules that the scorer knows (the rules also know e.g. 有人呼救). */
export function scorerReasonOf(text: string): SituationLabel | undefined {
  return explainRules(text).map((e) => e.reason).find((r): r is SituationLabel => (SCORER_SITUATIONS as readonly string[]).includes(r))
}

/** urgent-dev-hazards: 0001–0017 overhead, 0018–0034 ground, 0035–0050 water from above, 0051–0070 other urgent. */
function hazardsSituation(id: string, text: string): SituationLabel | undefined {
  const n = Number(/([0-9]+)$/.exec(id)?.[1])
  if (n <= 17) return '高处物体有坠落危险'
  if (n <= 34) return '地面塌陷'
  if (n <= 50) return '污水或积水进入住户家中'
  return scorerReasonOf(text)
}

export const DEV_TRAINING_SETS: Record<string, { file: string; situation: (id: string, text: string) => SituationLabel | undefined }> = {
  'urgent-dev': { file: CORPUS_FILES.urgentDev, situation: (id) => situationOf(id) as SituationLabel | undefined },
  'urgent-test2': { file: CORPUS_FILES.urgentTest2, situation: (id) => situationOfTest2(id) as SituationLabel | undefined },
  'urgent-test3': { file: CORPUS_FILES.urgentTest3, situation: (id) => situationOfTest3(id) as SituationLabel | undefined },
  'urgent-test4': { file: CORPUS_FILES.urgentTest4, situation: (id) => situationOfTest3(id) as SituationLabel | undefined },
  'urgent-dev-hazards': { file: CORPUS_FILES.urgentDevHazards, situation: hazardsSituation },
  'blind-dev': { file: CORPUS_FILES.blindDev, situation: (_id, text) => scorerReasonOf(text) },
}

/** Every text of the dev sets (but `except`): urgent ones with their situation, the others as none. */
export function devSetExamples(except: string[] = []): { text: string; label: SituationLabel }[] {
  return Object.entries(DEV_TRAINING_SETS)
    .filter(([name]) => !except.includes(name))
    .flatMap(([, set]) =>
      readUrgentJsonl(set.file).flatMap((e) => {
        if (!e.urgent) return [{ text: e.text, label: 'none' as SituationLabel }]
        const label = set.situation(e.id, e.text)
        return label ? [{ text: e.text, label }] : []
      }),
    )
}

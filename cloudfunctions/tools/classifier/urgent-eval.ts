// Urgent flag on corpus/urgent-dev.jsonl, overall and per situation. The set was written independently from TAXONOMY.md
// (never seeing the rules): ids 0001–0150 are urgent, 19 (18 for the last two) per situation in the order below;
// 0151–0240 are tempting non-urgent decoys (resolved, past, hypothetical, negated, near-miss situations).
// It is a DEV set: it may be read to study misses; its texts must not be copied into rules, tests or training data.
import type { Classifier } from '../../../src/core/ports/classifier'
import { CORPUS_FILES, readJsonl, type LabelledExample } from './corpus-io'

export const SITUATIONS = [
  '燃气泄漏',
  '起火冒烟',
  '电梯困人',
  '污水或积水进入住户家中',
  '电线裸露或漏电',
  '房屋结构有倒塌危险',
  '独居老人联系不上',
  '正在发生暴力',
] as const

/** Round 8: the round-7 hazard reasons, which the scorer also learns (the rules give them too). */
export const HAZARDS = ['高处物体有坠落危险', '地面塌陷'] as const
/**
 * Round 8: TAXONOMY's urgent flag is "an immediate risk to life, health or property"; its eight named situations are
 * examples. A writer who never saw the corpus (urgent-dev9) also wrote people collapsing, poisoned or in the water,
 * children in danger and open manholes or pits; the scorer learns them as three more situations (no rule has them).
 */
export const LIFE_DANGERS = ['突发急病或生命危险', '儿童处于危险中', '井盖缺失或坑洞有坠落危险'] as const
/** Every situation the learned scorer knows. */
export const SCORER_SITUATIONS = [...SITUATIONS, ...HAZARDS, ...LIFE_DANGERS] as const

/** Maps an id to its situation from the first id of each situation's block (the writer's layout); decoys → undefined. */
function blockLayout(starts: number[]): (id: string) => string | undefined {
  return (id) => {
    const n = Number(/([0-9]+)$/.exec(id)?.[1])
    for (let i = 0; i < SITUATIONS.length; i++) if (n >= starts[i] && n < starts[i + 1]) return SITUATIONS[i]
    return undefined
  }
}

/** The situation of an urgent-dev id, or undefined for a decoy. */
export const situationOf = blockLayout([1, 20, 39, 58, 77, 96, 115, 133, 151])
/** urgent-test2 (round 6): 15 urgent texts per situation, then 80 decoys. */
export const situationOfTest2 = blockLayout([1, 16, 31, 46, 61, 76, 91, 106, 121])
/** urgent-test3 (round 6): 20 urgent texts per situation, then 80 decoys. */
export const situationOfTest3 = blockLayout([1, 21, 41, 61, 81, 101, 121, 141, 161])

export interface SituationRow {
  situation: string
  /** urgent texts of this situation */
  support: number
  /** flagged urgent (any reason) */
  flagged: number
  /** flagged with this situation's reason among its reasons */
  rightReason: number
  /** texts given this reason / of them, ones that are not urgent (decoys) */
  predictedReason: number
  falseAlarms: number
}

export interface UrgentReport {
  count: number
  precision: number
  recall: number
  support: number
  /** urgent texts flagged with their own situation's reason */
  reasonAccuracy: number
  rows: SituationRow[]
  misses: (LabelledExample & { situation?: string })[]
  falseAlarms: { example: LabelledExample; reasons: string[] }[]
}

export function evaluateUrgentDev(classifier: Classifier, examples = readJsonl(CORPUS_FILES.urgentDev), situationOfId = situationOf): UrgentReport {
  const rows: SituationRow[] = SITUATIONS.map((situation) => ({ situation, support: 0, flagged: 0, rightReason: 0, predictedReason: 0, falseAlarms: 0 }))
  let tp = 0
  let predicted = 0
  const misses: UrgentReport['misses'] = []
  const falseAlarms: UrgentReport['falseAlarms'] = []
  for (const example of examples) {
    const { urgent, urgentReasons } = classifier.classify(example.text)
    const situation = example.urgent ? situationOfId(example.id) : undefined
    if (urgent) predicted++
    if (urgent && example.urgent) tp++
    if (example.urgent && !urgent) misses.push({ ...example, situation })
    if (!example.urgent && urgent) falseAlarms.push({ example, reasons: urgentReasons })
    for (const row of rows) {
      if (urgentReasons.includes(row.situation)) {
        row.predictedReason++
        if (!example.urgent) row.falseAlarms++
      }
      if (situation === row.situation) {
        row.support++
        if (urgent) row.flagged++
        if (urgentReasons.includes(row.situation)) row.rightReason++
      }
    }
  }
  const support = examples.filter((e) => e.urgent).length
  return {
    count: examples.length,
    precision: predicted ? tp / predicted : 0,
    recall: support ? tp / support : 0,
    support,
    reasonAccuracy: support ? rows.reduce((sum, row) => sum + row.rightReason, 0) / support : 0,
    rows,
    misses,
    falseAlarms,
  }
}

const pct = (value: number) => (value * 100).toFixed(1).padStart(5)

export function formatUrgentReport(title: string, report: UrgentReport, showErrors = false): string {
  const lines = [
    `== ${title} (${report.count} 条) ==`,
    `urgent P ${pct(report.precision)}% R ${pct(report.recall)}% (n=${report.support}; ${report.falseAlarms.length} false alarms)   right reason ${pct(report.reasonAccuracy)}%`,
    'situation              R(flag)  R(reason)  n    reason given  of which decoys',
  ]
  for (const row of report.rows) {
    lines.push(
      `${row.situation.padEnd(12, '　')} ${pct(row.flagged / row.support)}%  ${pct(row.rightReason / row.support)}%  ${String(row.support).padStart(3)}  ${String(row.predictedReason).padStart(6)}  ${String(row.falseAlarms).padStart(6)}`,
    )
  }
  if (showErrors) {
    for (const miss of report.misses) lines.push(`✗ miss [${miss.situation}] ${miss.id} ${miss.text}`)
    for (const { example, reasons } of report.falseAlarms) lines.push(`✗ false alarm {${reasons.join(',')}} ${example.id} ${example.text}`)
  }
  return lines.join('\n')
}

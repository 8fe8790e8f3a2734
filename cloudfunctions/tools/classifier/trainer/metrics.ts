// Accuracy, per-category precision / recall / F1, macro-F1 and urgent precision / recall.
import { CATEGORY_CODES, CATEGORIES, type CategoryCode } from '../../../../src/core/domain/category'

export interface Outcome {
  gold: CategoryCode
  predicted: CategoryCode
  goldUrgent: boolean
  predictedUrgent: boolean
}

export interface CategoryRow {
  category: CategoryCode
  precision: number
  recall: number
  f1: number
  support: number
}

export interface Metrics {
  count: number
  accuracy: number
  macroF1: number
  perCategory: CategoryRow[]
  urgentPrecision: number
  urgentRecall: number
  urgentSupport: number
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)

export function computeMetrics(outcomes: Outcome[]): Metrics {
  const perCategory = CATEGORY_CODES.map((category) => {
    const tp = outcomes.filter((o) => o.gold === category && o.predicted === category).length
    const predicted = outcomes.filter((o) => o.predicted === category).length
    const support = outcomes.filter((o) => o.gold === category).length
    const precision = ratio(tp, predicted)
    const recall = ratio(tp, support)
    return { category, precision, recall, f1: ratio(2 * precision * recall, precision + recall), support }
  })
  const present = perCategory.filter((row) => row.support > 0)
  const urgentTp = outcomes.filter((o) => o.goldUrgent && o.predictedUrgent).length
  return {
    count: outcomes.length,
    accuracy: ratio(outcomes.filter((o) => o.gold === o.predicted).length, outcomes.length),
    macroF1: ratio(present.reduce((sum, row) => sum + row.f1, 0), present.length),
    perCategory,
    urgentPrecision: ratio(urgentTp, outcomes.filter((o) => o.predictedUrgent).length),
    urgentRecall: ratio(urgentTp, outcomes.filter((o) => o.goldUrgent).length),
    urgentSupport: outcomes.filter((o) => o.goldUrgent).length,
  }
}

const pct = (value: number) => (value * 100).toFixed(1).padStart(5)

export function formatMetrics(title: string, metrics: Metrics): string {
  const lines = [
    `== ${title} (${metrics.count} 条) ==`,
    `accuracy ${pct(metrics.accuracy)}%   macro-F1 ${metrics.macroF1.toFixed(3)}   urgent P ${pct(metrics.urgentPrecision)}% R ${pct(metrics.urgentRecall)}% (n=${metrics.urgentSupport})`,
    'category     label       P      R      F1     n',
  ]
  for (const row of metrics.perCategory) {
    lines.push(`${row.category.padEnd(12)} ${CATEGORIES[row.category].label.padEnd(6, '　')} ${pct(row.precision)}  ${pct(row.recall)}  ${row.f1.toFixed(3)}  ${String(row.support).padStart(4)}`)
  }
  return lines.join('\n')
}

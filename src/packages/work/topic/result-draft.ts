// The result text offered when staff publish a topic: the turnout and each option's count, to edit before publishing.
import type { TopicTally } from '@core/contracts/topic-views'

export function resultDraft(tally: TopicTally | undefined): string {
  if (!tally) return ''
  const unit = tally.unit === 'household' ? '户' : '人'
  const options = tally.options.map((o) => `${o.label}${o.count}${unit === '户' ? '户' : '人'}`).join('，')
  return `共${tally.answers}${unit}参与（${tally.eligible}${unit}中，${tally.turnoutPercent}%）${options ? `：${options}` : ''}。`
}

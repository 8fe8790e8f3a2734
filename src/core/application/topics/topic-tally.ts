// The tally of a topic from its per-building counts: per option, per building, and turnout against the households
// or registered residents the asked buildings had when the topic opened.
import type { Topic } from '../../domain/topic'
import type { TopicBuildingTally } from '../../domain/topic-answer'
import type { TopicOptionCount, TopicTally } from '../../contracts/topic-views'

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0)

export function computeTally(topic: Topic, rows: readonly TopicBuildingTally[], nameOf: (buildingId: string) => string): TopicTally {
  const unit = topic.perHousehold ? 'household' : 'person'
  const byBuilding = new Map(rows.map((row) => [row.buildingId, row]))
  const buildings = topic.buildingIds.map((buildingId) => {
    const row = byBuilding.get(buildingId)
    const eligible = topic.eligible?.[buildingId]?.[unit === 'household' ? 'households' : 'residents'] ?? 0
    return { buildingId, name: nameOf(buildingId), answers: row?.answers ?? 0, eligible, options: { ...row?.options } }
  })
  const answers = buildings.reduce((sum, b) => sum + b.answers, 0)
  const eligible = buildings.reduce((sum, b) => sum + b.eligible, 0)
  const counts = topic.options.map((option) => ({ ...option, count: buildings.reduce((sum, b) => sum + (b.options[option.id] ?? 0), 0) }))
  const chosen = counts.reduce((sum, c) => sum + c.count, 0)
  const options: TopicOptionCount[] = counts.map((c) => ({ ...c, percent: percent(c.count, chosen) }))
  return { unit, answers, eligible, turnoutPercent: percent(answers, eligible), options, buildings, comments: rows.reduce((sum, r) => sum + r.comments, 0) }
}

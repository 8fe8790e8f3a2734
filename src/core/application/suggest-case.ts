// The classifier's suggestion for a case's text (category, urgent flag, unit kind and the street's matching unit).
// Used at 说事 and again when staff type the gist of a voice-only report at triage.
import type { Deps } from '../ports'
import type { CaseRecord } from '../domain/case'
import type { Community } from '../domain/directory'
import { CATEGORIES, type CategoryCode } from '../domain/category'

export async function suggestForText(deps: Deps, community: Community, text: string): Promise<CaseRecord['suggestion']> {
  const classification = await deps.classifier?.classify(text)
  if (!classification) return undefined
  const unitId = await suggestUnit(deps, community, classification.category)
  return {
    category: classification.category,
    urgent: classification.urgent,
    urgentReasons: classification.urgentReasons,
    unit: classification.unit,
    ...(unitId ? { unitId } : {}),
    confidence: classification.confidence,
    top3: classification.top3.map((c) => ({ category: c.category, score: c.score })),
    ...(classification.checkSoon ? { checkSoon: classification.checkSoon } : {}),
  }
}

/** The street's unit of the category's default kind, preferring one of the community itself. */
async function suggestUnit(deps: Deps, community: Community, category: CategoryCode): Promise<string | undefined> {
  const kind = CATEGORIES[category].defaultUnitKind
  const units = (await deps.repos.directory.listUnits(community.streetId)).filter((u) => u.kind === kind)
  return (units.find((u) => u.communityId === community.id) ?? units.find((u) => !u.communityId))?.id
}

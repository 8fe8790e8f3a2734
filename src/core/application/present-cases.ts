// The one place that turns stored cases into what a caller sees, with the names a card needs: the handling unit's
// name and, for a merged case, the number of the case it was merged into. Every answer with cases goes through here.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { CaseCard, CaseRecord } from '../domain/case'
import type { CaseSummary, CaseView } from '../contracts/views'
import { isOverdueAt, toCaseView } from './case-view'
import { handlesCase } from '../domain/permissions'
import { maskName } from '../domain/masking'
import { summaryOf } from './case-summary'

export async function presentCases(deps: Deps, actor: Actor, items: readonly CaseRecord[]): Promise<CaseView[]> {
  const now = deps.clock.now()
  const unitNames = await namesOfUnits(deps, items)
  const mergedCaseNos = await numbersOfMergeTargets(deps, items)
  return items.map((item) =>
    toCaseView(item, actor, now, {
      unitName: item.unitId ? unitNames.get(item.unitId) : undefined,
      mergedIntoCaseNo: item.mergedInto ? mergedCaseNos.get(item.mergedInto) : undefined,
    }),
  )
}

export async function presentCase(deps: Deps, actor: Actor, item: CaseRecord): Promise<CaseView> {
  return (await presentCases(deps, actor, [item]))[0]
}

/** Lists answer summaries (issue 12): what a card shows, masked for the caller, with the handling unit's name. */
export async function presentSummaries(deps: Deps, actor: Actor, items: readonly CaseCard[]): Promise<CaseSummary[]> {
  if (items.length === 0) return []
  const nowIso = deps.clock.now().toISOString()
  const worker = actor.role !== 'resident'
  const unitNames = await namesOfUnits(deps, items)
  return items.map((item) =>
    summaryOf(item, {
      // A card shows only the name: whoever does not handle the case sees it masked.
      petitionerName: handlesCase(actor, item) ? item.petitioner.name : maskName(item.petitioner.name),
      unitName: item.unitId ? unitNames.get(item.unitId) : undefined,
      overdue: isOverdueAt(item, nowIso),
      needsTranscript: item.voiceOnly,
      checkSoon: worker ? item.checkSoon : undefined,
    }),
  )
}

/** Unit names by id: one directory read per street among the cases (units are listed by street). */
async function namesOfUnits(deps: Deps, items: ReadonlyArray<Pick<CaseRecord, 'unitId' | 'streetId'>>): Promise<Map<string, string>> {
  const streets = new Set(items.filter((c) => c.unitId).map((c) => c.streetId))
  const names = new Map<string, string>()
  for (const streetId of streets) {
    for (const unit of await deps.repos.directory.listUnits(streetId)) names.set(unit.id, unit.name)
  }
  return names
}

async function numbersOfMergeTargets(deps: Deps, items: readonly CaseRecord[]): Promise<Map<string, string>> {
  const targets = new Set(items.flatMap((c) => (c.mergedInto ? [c.mergedInto] : [])))
  const numbers = new Map<string, string>()
  for (const id of targets) {
    const target = await deps.repos.cases.get(id)
    if (target) numbers.set(id, target.caseNo)
  }
  return numbers
}

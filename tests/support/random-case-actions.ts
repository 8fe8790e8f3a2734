// A seeded random mix of real use cases on any Deps: residents and grid workers report (some for petitioners without
// the app), staff, handlers of two units, grid workers, supervisors and the sweep act on open cases, and time moves on.
// For the statistics' recount agreement on both adapters.
import type { Deps } from '../../src/core/ports'
import type { Actor } from '../../src/core/domain/roles'
import type { CaseRecord } from '../../src/core/domain/case'
import { isOpen } from '../../src/core/domain/case-status'
import { offeredActions } from '../../src/core/domain/permissions'
import { CATEGORY_CODES } from '../../src/core/domain/category'
import { shanghaiDate } from '../../src/core/domain/deadlines'
import { submitCase } from '../../src/core/application/submit-case'
import { changeCase } from '../../src/core/application/change-case'
import { runSweep } from '../../src/core/application/reminders/run-sweep'
import { EFFECTS } from '../../src/core/application/effects'
import type { ChangeAction } from '../../src/core/contracts/case-inputs'
import { actorFromUser } from '../../cloudfunctions/src/runtime/actor'
import { DEMO_PERSONAS } from '../../cloudfunctions/src/local/demo-community'
import type { FixedClock } from './fixed-clock'

const COMMUNITY = 'community-hangkonglu'
const NOTES = new Set<string>(['supervise', 'progress', 'escalate'])
const persona = (id: string): Actor => actorFromUser(DEMO_PERSONAS.find((p) => p.id === id)!.user)

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 0x1_0000_0000
  }
}

export interface RandomRun {
  actions: number
  saved: number
  sweeps: number
}

/** Runs `count` steps (a report, an action on an open case, or time passing with a sweep); answers what was done. */
export async function runRandomCaseActions(deps: Deps, clock: FixedClock, count: number, seed: number): Promise<RandomRun> {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const cityHandler: Actor = { userId: 'user-handler-city', name: '钱城管', role: 'handler', streetId: 'street-shengli', unitId: 'unit-city' }
  await deps.repos.users.upsert({ id: cityHandler.userId, openid: 'random-city', name: cityHandler.name, role: 'handler', streetId: cityHandler.streetId, unitId: 'unit-city' } as never)
  const actors = [persona('persona-resident'), persona('persona-grid'), persona('persona-staff'), persona('persona-handler'), persona('persona-supervisor'), persona('persona-admin'), cityHandler]
  const open: string[] = []
  const run: RandomRun = { actions: 0, saved: 0, sweeps: 0 }
  for (let step = 0; step < count; step++) {
    run.actions += 1
    const roll = random()
    if (roll < 0.02) {
      clock.set(new Date(clock.now().getTime() + Math.floor(random() * 30) * 3600_000))
      await runSweep(deps, { budgetMs: 60_000 })
      run.sweeps += 1
      continue
    }
    if (roll < 0.2 || open.length === 0) {
      const typedIn = random() < 0.3
      const submitted = await submitCase(deps, typedIn ? persona('persona-grid') : persona('persona-resident'), {
        communityId: COMMUNITY, text: `第${step}件：楼道里的灯坏了，晚上看不见`, channel: typedIn ? 'doorToDoor' : 'self', attachments: [], anonymous: false,
        ...(typedIn ? { petitioner: { name: `住户${step}`, phone: `1370000${String(step).padStart(4, '0')}` } } : {}),
        idempotencyKey: `random-${seed}-${step}`,
      })
      if (submitted.ok) open.push(submitted.value.id)
      continue
    }
    const caseId = pick(open)
    const item = await deps.repos.cases.get(caseId)
    if (!item || !isOpen(item)) {
      open.splice(open.indexOf(caseId), 1)
      continue
    }
    // Notes (supervise, progress, escalate) are offered on nearly every open case: keep them rare so cases move on.
    const rare = random() > 0.1
    const choices = actors.flatMap((actor) => offeredActions(actor, item)
      .filter((a): a is ChangeAction => a in EFFECTS && !(rare && NOTES.has(a)))
      .map((action) => ({ actor, action })))
    if (choices.length === 0) continue
    const { actor, action } = pick(choices)
    const result = await changeCase(deps, actor, action, inputFor(action, item, open, random, clock) as never)
    if (result.ok) run.saved += 1
    clock.set(new Date(clock.now().getTime() + Math.floor(random() * 90) * 60_000))
  }
  return run
}

function inputFor(action: ChangeAction, item: CaseRecord, open: string[], random: () => number, clock: FixedClock): Record<string, unknown> {
  const base = { caseId: item.id, version: item.version, attachments: [], note: '随机操作' }
  const rating = random() < 0.6 ? 'satisfied' : random() < 0.5 ? 'basicallySatisfied' : 'unsatisfied'
  switch (action) {
    case 'triage': return { ...base, category: CATEGORY_CODES[Math.floor(random() * CATEGORY_CODES.length)], urgency: 'normal' }
    case 'resolveOnSpot': case 'complete': return { ...base, result: '已处理' }
    case 'mergeDuplicate': return { ...base, intoCaseId: open[Math.floor(random() * open.length)] }
    case 'refer': return { ...base, to: '区住建局', reason: '不属于社区办理范围' }
    case 'putOnAgenda': return { ...base, meetingDate: shanghaiDate(clock.now()), place: '居民说事厅' }
    case 'recordDecision': return { ...base, decision: '交由承办单位办理' }
    case 'assign': return { ...base, unitId: random() < 0.6 ? 'unit-sanitation' : 'unit-city', level: 'community', workingDays: 1 + Math.floor(random() * 4) }
    case 'requestExtension': return { ...base, days: 1 + Math.floor(random() * 3) }
    case 'publish': return { ...base, publishedResult: '已办结，欢迎评价' }
    case 'rate': return { ...base, rating }
    case 'recordFollowUp': return { ...base, rating, method: random() < 0.5 ? 'phone' : 'visit' }
    default: return base
  }
}

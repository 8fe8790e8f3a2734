// Cases for the load benchmark and the query-plan tests, in the demo community's directory (seed.ts), as CaseRecords
// and CaseEvents that the SQLite adapter stores with its own row mapping (insertCasesInBulk).
//
// - realistic: two years of cases, 70% finished (closed, merged, referred), the open ones among the newest, 8%
//   urgent, spread over 10,000 residents (the demo resident raised one in every 2,500 besides), 2 grids and 5 units,
//   ≈ 6 timeline events a case;
// - adversarial: the same volume, but the open cases are the OLDEST ones and every urgent case is closed, except
//   `openUrgent` of them (default 5): a newest-first walk that filters would read the whole history.
import type { CaseEvent, CaseRecord } from '../../src/core/domain/case'
import type { CaseStatus } from '../../src/core/domain/case-status'
import { CATEGORY_CODES } from '../../src/core/domain/category'
import { DEMO_COMMUNITY, DEMO_GRIDS, DEMO_PERSONAS, DEMO_STREET, DEMO_UNITS } from '../../cloudfunctions/src/local/demo-community'

export type Mix = 'realistic' | 'adversarial'

export interface LoadDataOptions {
  count: number
  mix: Mix
  /** The newest case is made just before this instant. */
  now: Date
  /** Open urgent cases in the adversarial mix. */
  openUrgent?: number
  residents?: number
}

/** Open statuses and their share among open cases. */
const OPEN_MIX: Array<[CaseStatus, number]> = [
  ['submitted', 0.15], ['triaged', 0.1], ['onAgenda', 0.04], ['deliberated', 0.03], ['assigned', 0.12], ['inProgress', 0.25],
  ['extensionRequested', 0.03], ['completed', 0.08], ['published', 0.12], ['rated', 0.08],
]
const CLOSED_MIX: Array<[CaseStatus, number]> = [['closed', 0.9], ['merged', 0.06], ['referred', 0.04]]
const HANDLED: ReadonlySet<CaseStatus> = new Set(['assigned', 'inProgress', 'extensionRequested', 'completed', 'published', 'rated', 'closed'])
const PUBLISHED: ReadonlySet<CaseStatus> = new Set(['published', 'rated', 'closed'])
/** Events a case in this status has had (submit first). */
const EVENTS_BY_STATUS: Record<CaseStatus, number> = {
  submitted: 1, triaged: 2, onAgenda: 3, deliberated: 4, assigned: 3, inProgress: 4, extensionRequested: 5, completed: 5,
  published: 6, rated: 7, closed: 8, merged: 2, referred: 2,
}
const TEXTS = [
  '航空路小区1栋楼道的灯坏了一个星期，晚上老人上下楼看不见，希望尽快修一下。',
  '红星路8号门口垃圾堆了三天没人清运，天热有味道，苍蝇很多。',
  '小区里有人在绿化带里种菜，还泼粪浇地，气味很大，请社区管一管。',
  '2栋楼顶漏水，下雨天家里天花板往下滴水，墙皮都泡掉了。',
  '晚上十一点以后广场舞音响还开得很大，影响休息，孩子第二天要上学。',
  '路口的井盖松了，车一压就响，怕有人踩空掉下去。',
]

const GRID_IDS = DEMO_GRIDS.map((g) => g.id)
const UNIT_IDS = DEMO_UNITS.map((u) => u.id)
const persona = (id: string) => DEMO_PERSONAS.find((p) => p.id === id)!.user

/** A small deterministic generator, so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 0x1_0000_0000
  }
}

function pickWeighted<T>(mix: Array<[T, number]>, r: number): T {
  let total = 0
  for (const [value, share] of mix) {
    total += share
    if (r < total) return value
  }
  return mix[mix.length - 1][0]
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')
const TWO_YEARS_MS = 2 * 365 * 24 * 3600_000

/** The cases, oldest first, each with its timeline. Lazily, so a million never sit in memory at once. */
export function* loadCases(options: LoadDataOptions): Generator<{ item: CaseRecord; events: CaseEvent[] }> {
  const rand = random(options.mix === 'realistic' ? 12 : 34)
  const residents = options.residents ?? 10_000
  const openShare = 0.3
  const openCount = Math.round(options.count * openShare)
  const openUrgentLeft = { n: options.openUrgent ?? 5 }
  const start = options.now.getTime() - TWO_YEARS_MS
  const step = TWO_YEARS_MS / options.count
  const wang = persona('persona-resident')
  const gridWorker = persona('persona-grid')
  const perDay = new Map<string, number>()
  for (let i = 0; i < options.count; i += 1) {
    const created = new Date(start + Math.floor(i * step))
    const createdAt = created.toISOString()
    // realistic: the newest 30% hold the open ones (with some finished among them); adversarial: the oldest 30% do.
    const inOpenBand = options.mix === 'realistic' ? i >= options.count - openCount : i < openCount
    const open = options.mix === 'realistic' ? inOpenBand && rand() < 0.9 : inOpenBand
    const status = open ? pickWeighted(OPEN_MIX, rand()) : pickWeighted(CLOSED_MIX, rand())
    let urgent = rand() < 0.08
    if (options.mix === 'adversarial' && open) {
      urgent = openUrgentLeft.n > 0 && rand() < 0.001
      if (urgent) openUrgentLeft.n -= 1
    }
    // The demo resident (王秀英, whose 我的说事 the benchmark reads) also raised one case in every 2,500: at least 40,
    // so her first page is a full page at every size and 100k against 1M compares the same work.
    const residentNo = i % 2500 === 0 ? 0 : Math.floor(rand() * residents)
    const isWang = residentNo === 0
    const userId = isWang ? wang.id : `user-load-${pad(residentNo, 5)}`
    const typedIn = rand() < 0.3
    const gridId = GRID_IDS[Math.floor(rand() * GRID_IDS.length)]
    const handled = HANDLED.has(status) || (status === 'closed' && rand() < 0.85)
    const unitId = handled ? UNIT_IDS[Math.floor(rand() * UNIT_IDS.length)] : undefined
    const day = createdAt.slice(0, 10).replace(/-/g, '')
    const sequence = (perDay.get(day) ?? 0) + 1
    perDay.set(day, sequence)
    const id = `case-load-${pad(i, 7)}`
    const updated = new Date(created.getTime() + 3 * 24 * 3600_000)
    const dueAt = handled ? new Date(created.getTime() + 10 * 24 * 3600_000).toISOString() : undefined
    const publishedAt = PUBLISHED.has(status) && unitId ? new Date(created.getTime() + 8 * 24 * 3600_000).toISOString() : undefined
    const meeting = status === 'onAgenda' || status === 'deliberated'
      ? { date: new Date(created.getTime() + 14 * 24 * 3600_000).toISOString().slice(0, 10), place: '社区议事厅', ...(status === 'deliberated' ? { decision: '交由物业限期整改' } : {}) }
      : undefined
    const item: CaseRecord = {
      id,
      caseNo: `SS${day}${pad(sequence, 4)}`,
      streetId: DEMO_STREET.id,
      communityId: DEMO_COMMUNITY.id,
      gridId,
      channel: typedIn ? 'doorToDoor' : 'self',
      submittedBy: typedIn ? gridWorker.id : userId,
      petitioner: { userId, name: isWang ? wang.name : `居民${pad(residentNo, 5)}`, phone: `139${pad(residentNo, 8)}`, room: `${1 + (residentNo % 8)}栋${1 + (residentNo % 4)}单元${pad(100 + (residentNo % 600), 3)}` },
      anonymous: rand() < 0.1,
      text: TEXTS[i % TEXTS.length],
      attachments: [],
      status,
      version: EVENTS_BY_STATUS[status],
      category: status === 'submitted' ? undefined : CATEGORY_CODES[i % CATEGORY_CODES.length],
      urgency: urgent ? 'urgent' : 'normal',
      ...(unitId ? { unitId, level: 'community' as const, dueAt } : {}),
      ...(meeting ? { meeting } : {}),
      ...(status === 'closed' || status === 'completed' || PUBLISHED.has(status) ? { result: '已安排人员处理完毕' } : {}),
      ...(publishedAt ? { publishedResult: '已处理，感谢您的反映', publishedAt } : {}),
      ...(status === 'rated' || (status === 'closed' && publishedAt) ? { rating: { value: 'satisfied' as const, at: updated.toISOString() } } : {}),
      ...(status === 'closed' ? { closure: 'rated' as const } : status === 'merged' ? { closure: 'merged' as const } : status === 'referred' ? { closure: 'referred' as const, referral: { to: '区住建局', reason: '不属于社区办理范围' } } : {}),
      escalations: 0,
      idempotencyKey: `load-${id}`,
      createdAt,
      updatedAt: updated.toISOString(),
    }
    const events: CaseEvent[] = []
    for (let seq = 1; seq <= EVENTS_BY_STATUS[status]; seq += 1) {
      events.push({
        id: `${id}-e${seq}`,
        caseId: id,
        seq,
        action: seq === 1 ? 'submit' : 'progress',
        fromStatus: seq === 1 ? null : status,
        toStatus: status,
        actorId: seq === 1 ? item.submittedBy : 'user-staff-chen',
        actorName: seq === 1 ? item.petitioner.name : '陈静',
        actorRole: seq === 1 ? (typedIn ? 'gridWorker' : 'resident') : 'staff',
        at: new Date(created.getTime() + (seq - 1) * 3600_000).toISOString(),
        attachments: [],
        ...(seq > 1 ? { note: '已联系相关人员' } : {}),
      })
    }
    yield { item, events }
  }
}

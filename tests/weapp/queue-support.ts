// Shared by the work-list tests of the built mini-program (board, queue, supervise): the demo community, a case as
// the functions answer it, and a harness that signs the given user in, records every call, and closes each page.
import { startHarness, type FunctionAnswerer, type Harness } from './harness'
import { summarize, type SummarySource } from '../../src/core/application/case-summary'

export const COMMUNITY = { id: 'community-hangkonglu', streetId: 'street-shengli', name: '航空路社区', hotline: '0716-8312345', hall: '居民说事厅', receptionDays: '每月5日、15日、25日（逢五说事）' }
export const DAY = 24 * 60 * 60 * 1000

export const userOf = (userId: string, name: string, role: string) => ({ userId, name, role, streetId: 'street-shengli', communityId: COMMUNITY.id })

/** A case in a unit's hands (办理中 at 胜利街道环卫所), with `overrides`, as lists answer it: a CaseSummary. */
export function workCase(id: string, overrides: Record<string, unknown> = {}) {
  return summarize({
    id,
    caseNo: `SS2026112800${id.slice(-2)}`,
    streetId: 'street-shengli',
    communityId: COMMUNITY.id,
    channel: 'self',
    submittedBy: 'user-wang',
    petitioner: { name: '王**' },
    anonymous: false,
    text: '航空路8号垃圾站三天没清运了',
    attachments: [],
    status: 'inProgress',
    statusLabel: '办理中',
    stepLabel: '办事',
    version: 4,
    urgency: 'normal',
    unitId: 'unit-sanitation',
    unitName: '胜利街道环卫所',
    level: 'community',
    escalations: 0,
    idempotencyKey: 'draft-abcdefgh',
    createdAt: '2026-11-28T01:05:00.000Z',
    updatedAt: '2026-11-28T01:05:00.000Z',
    overdue: false,
    allowedActions: [],
    ...overrides,
  } as unknown as SummarySource)
}

export interface WorkHarness {
  readonly harness: Harness
  /** Opens a page (closed again after the test). */
  open(pagePath: string): any
  /** Payloads sent to `action` during this test. */
  callsOf(action: string): any[]
  /** Elements with a class as written in the source (miniprogram-simulate prefixes classes, e.g. main--case-card). */
  withClass(className: string): Element[]
}

/** Registers beforeAll / afterEach: whoami answers `user`; everything else goes to `answer` (or NOT_FOUND). */
export function useWorkHarness(user: ReturnType<typeof userOf>, answer: FunctionAnswerer): WorkHarness {
  let harness: Harness
  let page: any
  const calls: { action: string; payload: any }[] = []
  beforeAll(() => {
    harness = startHarness()
    harness.answerWith((name, action, payload) => {
      calls.push({ action, payload })
      if (name === 'identity' && action === 'whoami') return { ok: true, data: { user, community: COMMUNITY } }
      return answer(name, action, payload)
    })
  })
  afterEach(() => {
    page?.detach()
    page = undefined
    calls.length = 0
    jest.clearAllMocks()
  })
  return {
    get harness() {
      return harness
    },
    open(pagePath) {
      page = harness.openPage(pagePath)
      return page
    },
    callsOf: (action) => calls.filter((call) => call.action === action).map((call) => call.payload),
    withClass: (className) =>
      (Array.from(page.dom.querySelectorAll('*')) as Element[]).filter((el) => String(el.getAttribute('class') ?? '').split(/\s+/).some((c) => c.replace(/^[^-]+--/, '') === className)),
  }
}

export const NOT_FOUND = { ok: false, code: 'NOT_FOUND', message: '找不到相关记录' } as const

// Builders of valid domain records for tests: sensible defaults, unique ids, and overrides for what a test cares about.
import type { CaseEvent, CaseRecord } from '@core/domain/case'
import type { Building, Community, Grid, Household, Street, Unit, User } from '@core/domain/directory'

let counter = 0

/** A new number for ids in this test process (ids stay unique across tests sharing a database). */
export function nextNumber(): number {
  counter += 1
  return counter
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0')

/** A case as it is right after 说事 (submitted, version 1), with the optional fields left out. */
export function buildCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  const n = nextNumber()
  const at = overrides.createdAt ?? '2026-11-28T02:00:00.000Z'
  return {
    id: `case-${pad(n, 6)}`,
    caseNo: `SS20261128${pad(n % 10000)}`,
    streetId: 'street-1',
    communityId: 'community-1',
    gridId: 'grid-1',
    channel: 'self',
    submittedBy: 'user-resident-1',
    petitioner: { userId: 'user-resident-1', name: '王阿姨', phone: '13800000001', room: '3栋2单元501' },
    anonymous: false,
    text: '3栋楼道的灯坏了一个星期，晚上老人上下楼看不见。',
    attachments: [],
    status: 'submitted',
    version: 1,
    urgency: 'normal',
    escalations: 0,
    idempotencyKey: `idem-${pad(n, 6)}`,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  }
}

/** A case with every optional field set (for round-trip tests). */
export function buildFullCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return buildCase({
    gridId: 'grid-2',
    attachments: [
      { fileId: 'cloud://env/cases/a.jpg', kind: 'image', name: '楼道.jpg' },
      { fileId: 'cloud://env/cases/b.mp3', kind: 'audio' },
    ],
    status: 'closed',
    version: 9,
    category: 'facility',
    urgency: 'urgent',
    unitId: 'unit-housing',
    level: 'community',
    dueAt: '2026-12-05T09:59:59.000Z',
    meeting: { date: '2026-12-05', place: '社区说事厅', decision: '由物业三日内更换灯具' },
    mergedInto: 'case-merged-target',
    referral: { to: '区住建局', reason: '涉及公共维修资金' },
    result: '已更换灯具 4 盏',
    publishedResult: '楼道灯已修好',
    publishedAt: '2026-12-03T08:00:00.000Z',
    rating: { value: 'satisfied', comment: '修得很快，谢谢', at: '2026-12-04T01:00:00.000Z' },
    suggestion: { category: 'property', urgent: false, urgentReasons: [], unit: '物业公司', unitId: 'unit-property', confidence: 0.87, top3: [{ category: 'property', score: 0.87 }, { category: 'facility', score: 0.08 }, { category: 'safety', score: 0.03 }] },
    closure: 'rated',
    escalations: 1,
    ...overrides,
  })
}

/** The first event of a case (说事), or any event with overrides. */
export function buildEvent(overrides: Partial<CaseEvent> = {}): CaseEvent {
  const n = nextNumber()
  return {
    id: `event-${pad(n, 6)}`,
    caseId: 'case-000001',
    seq: 1,
    action: 'submit',
    fromStatus: null,
    toStatus: 'submitted',
    actorId: 'user-resident-1',
    actorName: '王阿姨',
    actorRole: 'resident',
    at: '2026-11-28T02:00:00.000Z',
    attachments: [],
    ...overrides,
  }
}

/** The submit event that goes with a case built by buildCase. */
export function buildFirstEvent(item: CaseRecord, overrides: Partial<CaseEvent> = {}): CaseEvent {
  return buildEvent({ caseId: item.id, seq: 1, toStatus: item.status, actorId: item.submittedBy, at: item.createdAt, ...overrides })
}

export function buildUser(overrides: Partial<User> = {}): User {
  const n = nextNumber()
  return {
    id: `user-${pad(n, 6)}`,
    openid: `openid-${pad(n, 6)}`,
    name: '王阿姨',
    role: 'resident',
    streetId: 'street-1',
    communityId: 'community-1',
    ...overrides,
  }
}

export function buildStreet(overrides: Partial<Street> = {}): Street {
  return { id: `street-${pad(nextNumber())}`, name: '幸福街道', ...overrides }
}

export function buildCommunity(overrides: Partial<Community> = {}): Community {
  return {
    id: `community-${pad(nextNumber())}`,
    streetId: 'street-1',
    name: '和平社区',
    hotline: '0571-88880000',
    hall: '和平社区党群服务中心一楼说事厅',
    receptionDays: '每月逢五',
    ...overrides,
  }
}

export function buildGrid(overrides: Partial<Grid> = {}): Grid {
  return { id: `grid-${pad(nextNumber())}`, communityId: 'community-1', name: '第一网格', ...overrides }
}

export function buildBuilding(overrides: Partial<Building> = {}): Building {
  return { id: `building-${pad(nextNumber())}`, communityId: 'community-1', gridId: 'grid-1', name: '3栋', ...overrides }
}

export function buildHousehold(overrides: Partial<Household> = {}): Household {
  return { id: `household-${pad(nextNumber())}`, buildingId: 'building-1', room: '2单元501', headName: '王阿姨', ...overrides }
}

export function buildUnit(overrides: Partial<Unit> = {}): Unit {
  return { id: `unit-${pad(nextNumber())}`, streetId: 'street-1', name: '幸福街道环卫所', kind: 'sanitation', ...overrides }
}

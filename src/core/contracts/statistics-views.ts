// What the statistics actions answer (supervision.getStatistics, getUnitAppraisal, getDeliberationFigures, getBoardFigures).
import type { AppraisalSummary, Breakdown, Definition, FigureSummary } from '../domain/statistics'
import type { MeetingKind } from '../domain/meeting'

export interface StatisticsScopeView {
  kind: 'community' | 'street'
  id: string
  name: string
}

export interface BreakdownRow {
  key: string
  label: string
  figures: FigureSummary
}

export interface StatisticsView {
  scope: StatisticsScopeView
  fromMonth: string
  toMonth: string
  /** 统计口径 (how cases are put into periods). */
  basis: string
  headline: FigureSummary & { overdueNow: number }
  /** One entry per month of the period, oldest first (the trend). */
  months: Array<{ month: string; figures: FigureSummary }>
  breakdowns: Record<Breakdown, BreakdownRow[]>
  definitions: readonly Definition[]
  /** The communities an admin may pick (the street's); empty for others. */
  communities: Array<{ id: string; name: string }>
}

export interface UnitAppraisalRow extends AppraisalSummary {
  unitId: string
  name: string
}

export interface UnitAppraisalView {
  scope: StatisticsScopeView
  fromMonth: string
  toMonth: string
  basis: string
  /** 按时签收 rule, in words. */
  acceptRule: string
  units: UnitAppraisalRow[]
  definitions: readonly Definition[]
}

/** 公示栏: the community's headline figures of the last 12 months (no names, no units, no grids). */
export interface BoardFiguresView {
  communityName: string
  fromMonth: string
  toMonth: string
  received: number
  closed: number
  closureRate: number | null
  onTimeRate: number | null
  satisfactionRate: number | null
  definitions: readonly Definition[]
}

/** 议事 in numbers (supervision.getDeliberationFigures). */
export interface DeliberationFigures {
  fromMonth: string
  toMonth: string
  /** Meetings that took place (held or minuted), cancelled ones apart. */
  meetingsHeld: number
  byKind: Array<{ kind: MeetingKind; label: string; held: number }>
  byMonth: Array<{ month: string; held: number }>
  /** Participants marked present of all on the lists of the meetings held; null without participants. */
  attendanceRate: number | null
  participants: number
  present: number
  itemsDecided: number
  itemsOpen: number
  /** Held, minutes not yet published. */
  awaitingMinutes: number
  cancelled: number
  topics: Array<{ id: string; question: string; opensOn: string; closesOn: string; unit: 'household' | 'person'; answers: number; eligible: number; turnoutPercent: number }>
}

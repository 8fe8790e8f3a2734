// The 台账's tables beyond the cases: each answers a sheet for the scope and period, or undefined to leave it out.
// - 议事会: the meetings held in the period (held or minuted), one row per agenda item with its minutes;
// - 单位考评: 行风评议 / 三服务 figures per unit, from the statistics counters of the months the period touches.
import type { Deps } from '../../ports'
import type { LedgerSheet } from '../../domain/ledger'
import type { PeriodRange } from '../../domain/report-period'
import { LEVEL_LABELS } from '../../domain/case'
import { MEETING_KIND_LABELS } from '../../domain/meeting'
import type { MeetingStatus } from '../../domain/meeting-status'
import { formatRate } from '../../domain/statistics'
import { communityScope, streetScope } from '../../domain/statistics-counters'
import { appraiseUnits } from '../statistics/get-unit-appraisal'
import { meetingsInPeriod } from '../meetings/meetings-in-period'

export interface LedgerScope {
  streetId: string
  /** One community, or the whole street when absent. */
  communityId?: string
}

export type LedgerSection = (deps: Deps, scope: LedgerScope, period: PeriodRange) => Promise<LedgerSheet | undefined>

/** Meetings the 台账 lists: those that took place (held, minuted), not the planned or cancelled ones. */
const HELD_STATUSES: readonly MeetingStatus[] = ['held', 'minuted']
export const MEETINGS_HEADER = ['会议日期', '时间', '类型', '会议名称', '地点', '主持人', '参会人数', '实到人数', '议题', '议题类型', '讨论情况', '决议（解决方案和措施）', '承办单位', '办理时限（工作日）', '层级', '纪要状态'] as const

export const meetingsWithMinutesSheet: LedgerSection = async (deps, scope, period) => {
  const meetings = await meetingsInPeriod(deps, scope, HELD_STATUSES, period.from, period.to)
  const unitNames = new Map((await deps.repos.directory.listUnits(scope.streetId)).map((u) => [u.id, u.name]))
  const rows: string[][] = []
  for (const meeting of meetings) {
    const present = meeting.participants.filter((p) => p.attendance === 'present').length
    const facts = [meeting.date, meeting.time, MEETING_KIND_LABELS[meeting.kind], meeting.title, meeting.place, meeting.hostName ?? '', String(meeting.participants.length), String(present)]
    const minutesState = meeting.status === 'minuted' ? '已公示' : '待公示'
    if (meeting.items.length === 0) rows.push([...facts, '', '', '', '', '', '', '', minutesState])
    for (const item of meeting.items) {
      const m = item.minutes
      const kind = item.kind === 'case' ? `说事 ${item.caseNo}` : item.kind === 'topic' ? '定题说事' : '其他议题'
      rows.push([
        ...facts, item.title, kind, m?.summary ?? '（未记录）', m?.decision ?? '', (m?.unitIds ?? []).map((id) => unitNames.get(id) ?? id).join('、'),
        m?.workingDays !== undefined ? String(m.workingDays) : '', m?.level ? LEVEL_LABELS[m.level] : '', minutesState,
      ])
    }
  }
  return { name: '议事会', header: [...MEETINGS_HEADER], rows }
}

export const APPRAISAL_HEADER = ['承办单位', '交办件数', '按时签收', '按时签收率', '按时办结', '按时办结率', '延期次数', '退回次数', '已评价', '满意', '满意率', '当前超期'] as const

export const unitAppraisalSheet: LedgerSection = async (deps, scope, period) => {
  const fromMonth = period.from.slice(0, 7)
  const toMonth = period.to.slice(0, 7)
  const resolved = scope.communityId
    ? { kind: 'community' as const, id: scope.communityId, name: '', counterScope: communityScope(scope.communityId), streetId: scope.streetId, communityId: scope.communityId }
    : { kind: 'street' as const, id: scope.streetId, name: '', counterScope: streetScope(scope.streetId), streetId: scope.streetId }
  const units = await appraiseUnits(deps, resolved, fromMonth, toMonth)
  const rows = units.map((u) => [
    u.name, String(u.assigned), String(u.acceptedOnTime), formatRate(u.acceptedOnTimeRate), String(u.completedOnTime), formatRate(u.completedOnTimeRate),
    String(u.extensions), String(u.returns), String(u.rated), String(u.ratedSatisfied), formatRate(u.satisfactionRate), String(u.overdueNow),
  ])
  return { name: `单位考评（${fromMonth}至${toMonth}受理）`, header: [...APPRAISAL_HEADER], rows }
}

/** In the order the sheets follow the cases. */
export const LEDGER_SECTIONS: readonly LedgerSection[] = [meetingsWithMinutesSheet, unitAppraisalSheet]

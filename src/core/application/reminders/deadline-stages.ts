// Deadline stages for cases a unit holds: 即将到期 (24 working hours before), 已超期 (mark + tell handler,
// supervision group and staff), 提级 (still overdue after 3 working days: raise the level, 超期督办).
import { STATUS_GROUPS } from '../../domain/case-status'
import { LEVELS } from '../../domain/case'
import { addWorkingHours, overdueThreshold } from '../../domain/working-hours'
import { caseNotices, responsibleUsers } from '../notices'
import { applySystemChange } from './system-change'
import type { ReminderStage } from './stage'

export const DUE_SOON_WORKING_HOURS = 24
export const ESCALATE_AFTER_WORKING_DAYS = 3

const userIds = async (...lists: Promise<{ id: string }[]>[]) => (await Promise.all(lists)).map((users) => users.map((u) => u.id))

export const dueSoonStage: ReminderStage = {
  name: 'dueSoon',
  candidates: (deps, now, limit, cursor) => deps.repos.cases.listDue(STATUS_GROUPS.handling, addWorkingHours(now, DUE_SOON_WORKING_HOURS, deps.calendar), limit, cursor),
  key: (item, now) => (item.dueAt && item.dueAt > now.toISOString() ? `dueSoon@${item.dueAt}` : undefined),
  async notices(deps, item) {
    const [handlers] = await userIds(responsibleUsers(deps, item, 'handler'))
    return caseNotices(deps, item, handlers, 'dueSoon', '交办事项即将到期')
  },
}

export const overdueStage: ReminderStage = {
  name: 'overdue',
  candidates: (deps, now, limit, cursor) => deps.repos.cases.listDue(STATUS_GROUPS.handling, now.toISOString(), limit, cursor),
  key: (item) => `overdue@${item.dueAt}`,
  async change(deps, item, key) {
    const marked = await applySystemChange(deps, item, 'markOverdue', (c) => ({ changes: {}, note: '已超过办理时限', data: { dueAt: c.dueAt } }), key)
    return marked ?? item
  },
  async notices(deps, item) {
    const [handlers, staff, supervisors] = await userIds(responsibleUsers(deps, item, 'handler'), responsibleUsers(deps, item, 'staff'), responsibleUsers(deps, item, 'supervisor'))
    return [
      ...(await caseNotices(deps, item, handlers, 'overdue', '交办事项已超期，请尽快办理')),
      ...(await caseNotices(deps, item, staff, 'overdueStaff', '有交办事项超期')),
      ...(await caseNotices(deps, item, supervisors, 'overdueSupervision', '事项超期，请督办')),
    ]
  },
}

export const escalateStage: ReminderStage = {
  name: 'escalate',
  candidates: (deps, now, limit, cursor) => deps.repos.cases.listDue(STATUS_GROUPS.handling, overdueThreshold(now, ESCALATE_AFTER_WORKING_DAYS, deps.calendar), limit, cursor),
  key: (item) => `escalate@${item.dueAt}`,
  change: (deps, item, key) =>
    applySystemChange(deps, item, 'escalate', (c) => {
      const level = LEVELS[Math.min(LEVELS.indexOf(c.level ?? 'community') + 1, LEVELS.length - 1)]
      return { changes: { level, escalations: c.escalations + 1 }, note: `超期${ESCALATE_AFTER_WORKING_DAYS}个工作日未办结，提级督办`, data: { from: c.level, to: level } }
    }, key),
  async notices(deps, item) {
    const [supervisors] = await userIds(responsibleUsers(deps, item, 'supervisor'))
    return caseNotices(deps, item, supervisors, 'overdueSupervision', '事项超期未办结，已提级督办')
  },
}

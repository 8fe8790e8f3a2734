// Deadline stages for cases a unit holds: 即将到期 (24 working hours before), 已超期 (mark + tell handler,
// supervision group and staff), 提级 (still overdue after 3 working days: raise the level, 超期督办).
import { STATUS_GROUPS } from '../../domain/case-status'
import { LEVELS } from '../../domain/case'
import { addWorkingHours, overdueThreshold } from '../../domain/working-hours'
import { caseNotice, responsibleUsers } from '../notices'
import { applySystemChange } from './system-change'
import type { ReminderStage } from './stage'

export const DUE_SOON_WORKING_HOURS = 24
export const ESCALATE_AFTER_WORKING_DAYS = 3

export const dueSoonStage: ReminderStage = {
  name: 'dueSoon',
  candidates: (deps, now, limit, cursor) => deps.repos.cases.listDue(STATUS_GROUPS.handling, addWorkingHours(now, DUE_SOON_WORKING_HOURS, deps.calendar), limit, cursor),
  key: (item, now) => (item.dueAt && item.dueAt > now.toISOString() ? `dueSoon@${item.dueAt}` : undefined),
  async act(deps, item) {
    for (const handler of await responsibleUsers(deps, item, 'handler')) {
      await deps.notifier.notify(await caseNotice(deps, item, handler.id, 'dueSoon', '交办事项即将到期'))
    }
  },
}

export const overdueStage: ReminderStage = {
  name: 'overdue',
  candidates: (deps, now, limit, cursor) => deps.repos.cases.listDue(STATUS_GROUPS.handling, now.toISOString(), limit, cursor),
  key: (item) => `overdue@${item.dueAt}`,
  async act(deps, item) {
    const marked = await applySystemChange(deps, item, 'markOverdue', (c) => ({ changes: {}, note: '已超过办理时限', data: { dueAt: c.dueAt } }))
    const current = marked ?? item
    for (const handler of await responsibleUsers(deps, current, 'handler')) {
      await deps.notifier.notify(await caseNotice(deps, current, handler.id, 'overdue', '交办事项已超期，请尽快办理'))
    }
    for (const member of await responsibleUsers(deps, current, 'staff')) {
      await deps.notifier.notify(await caseNotice(deps, current, member.id, 'overdueStaff', '有交办事项超期'))
    }
    for (const supervisor of await responsibleUsers(deps, current, 'supervisor')) {
      await deps.notifier.notify(await caseNotice(deps, current, supervisor.id, 'overdueSupervision', '事项超期，请督办'))
    }
  },
}

export const escalateStage: ReminderStage = {
  name: 'escalate',
  candidates: (deps, now, limit, cursor) => deps.repos.cases.listDue(STATUS_GROUPS.handling, overdueThreshold(now, ESCALATE_AFTER_WORKING_DAYS, deps.calendar), limit, cursor),
  key: (item) => `escalate@${item.dueAt}`,
  async act(deps, item) {
    const raised = await applySystemChange(deps, item, 'escalate', (c) => {
      const level = LEVELS[Math.min(LEVELS.indexOf(c.level ?? 'community') + 1, LEVELS.length - 1)]
      return { changes: { level, escalations: c.escalations + 1 }, note: `超期${ESCALATE_AFTER_WORKING_DAYS}个工作日未办结，提级督办`, data: { from: c.level, to: level } }
    })
    if (!raised) return
    for (const supervisor of await responsibleUsers(deps, raised, 'supervisor')) {
      await deps.notifier.notify(await caseNotice(deps, raised, supervisor.id, 'overdueSupervision', '事项超期未办结，已提级督办'))
    }
  },
}

// Follow-up stages: 请评价 (3 days after publication), 未评价结案 (after 7 days). 明日议事 is the meetings timer's (meeting-reminders.ts).
import { caseNotices } from '../notices'
import { applySystemChange } from './system-change'
import type { ReminderStage } from './stage'

export const RATE_REMINDER_DAYS = 3
export const UNRATED_CLOSE_DAYS = 7
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86400000).toISOString()

export const rateReminderStage: ReminderStage = {
  name: 'rateReminder',
  candidates: (deps, now, limit, cursor) => deps.repos.cases.listStale('published', daysBefore(now, RATE_REMINDER_DAYS), limit, cursor),
  key: (item) => (item.petitioner.userId && item.publishedAt ? `rateReminder@${item.publishedAt}` : undefined),
  notices: (deps, item) => caseNotices(deps, item, item.petitioner.userId ? [item.petitioner.userId] : [], 'rateReminder', '请为办理结果评价'),
}

export const closeUnratedStage: ReminderStage = {
  name: 'closeUnrated',
  candidates: (deps, now, limit, cursor) => deps.repos.cases.listStale('published', daysBefore(now, UNRATED_CLOSE_DAYS), limit, cursor),
  key: (item) => `closeUnrated@${item.publishedAt ?? item.updatedAt}`,
  async change(deps, item, key) {
    await applySystemChange(deps, item, 'closeUnrated', () => ({ changes: { closure: 'unrated' }, note: `公示${UNRATED_CLOSE_DAYS}日内未评价，自动结案` }), key)
    return undefined
  },
  notices: async () => [],
}

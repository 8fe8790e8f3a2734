// The deadline countdown on a worker's card (还剩 3 个工作日 / 今天到期 / 已超期 2 个工作日, the case page's wording):
// only a case a unit is handling against a deadline has one. The server's 已超期 wins over this device's clock.
import type { CaseView } from '@core/contracts/views'
import { isInGroup } from '@core/domain/case-status'
import { deadlineCountdown } from '@/components/case/deadline-text'

export interface Countdown {
  text: string
  /** due: today; overdue: past the deadline. */
  tone: 'calm' | 'due' | 'overdue'
}

export function caseCountdown(item: Pick<CaseView, 'status' | 'dueAt' | 'overdue'>, now: Date = new Date()): Countdown | undefined {
  if (!item.dueAt || !isInGroup(item.status, 'handling')) return undefined
  const { text, late } = deadlineCountdown(item.dueAt, now)
  if (late) return { text, tone: 'overdue' }
  if (item.overdue) return { text: '已超期', tone: 'overdue' }
  return { text, tone: text === '今天到期' ? 'due' : 'calm' }
}

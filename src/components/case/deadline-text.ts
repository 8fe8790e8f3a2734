// How a deadline reads: 还剩 3 个工作日 / 今天到期 / 已超期 2 个工作日 (working days by the Chinese calendar).
import { workingDaysLeft } from '@core/domain/deadlines'
import { appCalendar } from '@/services/work-calendar'

export function deadlineCountdown(dueAt: string, now = new Date()): { text: string; late: boolean } {
  if (dueAt < now.toISOString()) {
    const days = Math.abs(workingDaysLeft(now, dueAt, appCalendar()))
    return { text: days > 0 ? `已超期 ${days} 个工作日` : '已超期', late: true }
  }
  const left = workingDaysLeft(now, dueAt, appCalendar())
  return { text: left <= 0 ? '今天到期' : `还剩 ${left} 个工作日`, late: false }
}

// Small derived facts the pages ask the store about.
import type { Role } from '@core/domain/roles'
import { firstLine as firstLineOf } from '@core/application/case-summary'

const WORK_QUEUE_TITLES: Partial<Record<Role, string>> = {
  gridWorker: '网格待办',
  staff: '待办事项',
  handler: '承办事项',
  supervisor: '督办事项',
  admin: '待办事项',
}

/** The title of the caller's work queue, or undefined when the role has none (residents). */
export function workQueueTitle(role: Role | undefined): string | undefined {
  return role ? WORK_QUEUE_TITLES[role] : undefined
}

/** The first line of a report, short enough for one row of a list (the same rule as a list's 40-character summary). */
export function firstLine(text: string, max = 28): string {
  return firstLineOf(text, max)
}

// 开启工作提醒: which of a worker's notice kinds are on (they hold a send credit) and which templates one tap asks for.
import { NOTICE_LABELS, WORKER_NOTICE_KINDS, type NoticeKind } from '@core/domain/notice-kinds'
import type { Role } from '@core/domain/roles'
import type { TemplateIds } from './types'

/** WeChat asks about at most 3 one-time templates per dialog. */
export const MAX_WORK_TEMPLATES_PER_REQUEST = 3

export const WORK_SUBSCRIBE_MESSAGES = {
  accepted: '好了！有新的工作时，微信会提醒您。',
  declined: '您这次没有同意接收提醒。待办都在这个页面里，想收提醒时可以再点一次。',
  mainSwitchOff: '您关闭了本小程序的消息提醒。请点右上角“···”→“设置”→“通知管理”（或“订阅消息”），打开“接收通知”后再点一次。',
  notReady: '提醒还没准备好，请稍等几秒再点一次。',
  none: '您的岗位暂时没有可以开启的工作提醒。',
  failed: '暂时无法开启提醒，请稍后再试。',
} as const

export interface WorkReminderKind {
  kind: NoticeKind
  label: string
  /** Sends left (one per accepted template). */
  credits: number
  on: boolean
}

/** The caller's work notice kinds, in the order their role lists them, with whether each is on. */
export function workReminderKinds(role: Role | undefined, credits: Partial<Record<NoticeKind, number>>): WorkReminderKind[] {
  const kinds = (role ? WORKER_NOTICE_KINDS[role] : undefined) ?? []
  return kinds.map((kind) => {
    const left = Math.max(0, Number(credits[kind] ?? 0) || 0)
    return { kind, label: NOTICE_LABELS[kind], credits: left, on: left > 0 }
  })
}

/**
 * The template ids one tap asks for: the kinds not on yet first, then the others (a one-time subscription adds a
 * credit each time), those with a template id, without repeats, at most 3.
 */
export function workTemplateIds(role: Role | undefined, templates: TemplateIds | undefined, credits: Partial<Record<NoticeKind, number>>): string[] {
  const kinds = workReminderKinds(role, credits)
  const ordered = [...kinds.filter((entry) => !entry.on), ...kinds.filter((entry) => entry.on)]
  const ids = ordered.map((entry) => templates?.[entry.kind]).filter((id): id is string => typeof id === 'string' && id !== '')
  return Array.from(new Set(ids)).slice(0, MAX_WORK_TEMPLATES_PER_REQUEST)
}

// Port: tell a user something happened. Every notice lands in the user's 消息中心 (inbox); a subscription
// message is pushed on top when the user has consented (credits), on WeChat or into the local outbox.
import type { NoticeField, NoticeKind } from '../domain/notice-kinds'

export interface Notice {
  /** A notice given an id lands in the inbox once: delivering it again does nothing (the sweep resuming a fan-out). */
  id?: string
  userId: string
  kind: NoticeKind
  caseId?: string
  title: string
  body: string
  /** Values for the subscription-message template (instants as UTC ISO strings). */
  values?: Partial<Record<NoticeField, string>>
}

export interface Notifier {
  notify(notice: Notice): Promise<void>
}

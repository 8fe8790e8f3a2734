// Ports for the message centre, subscription credits, push sending and once-only reminders.
import type { NoticeKind } from '../domain/notice-kinds'
import type { Page } from './repositories'

export interface InboxEntry {
  id: string
  userId: string
  kind: NoticeKind
  caseId?: string
  title: string
  body: string
  read: boolean
  createdAt: string
}

export interface InboxStore {
  add(entry: InboxEntry): Promise<void>
  /** Newest first, range-paginated. */
  list(userId: string, limit: number, cursor?: string): Promise<Page<InboxEntry>>
  markRead(userId: string, ids: string[]): Promise<number>
  countUnread(userId: string): Promise<number>
}

/** One-time subscription acceptances, counted per (user, template): one acceptance = one send. */
export interface CreditStore {
  add(userId: string, templateId: string, count: number): Promise<void>
  /** Take one credit if there is one (atomic). */
  take(userId: string, templateId: string): Promise<boolean>
  /** Give back a credit taken for a send that did not go out. */
  refund(userId: string, templateId: string): Promise<void>
  /** The user refused or has none left at WeChat (43101). */
  clear(userId: string, templateId: string): Promise<void>
  get(userId: string, templateId: string): Promise<number>
  /** Every template the user holds a credit record for: templateId → credits (0 after a clear). */
  listByUser(userId: string): Promise<Record<string, number>>
}

export interface PushMessage {
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
}

/** errCode 0 is success; otherwise WeChat's code (43101, 47003, -1 …). */
export interface PushSender {
  send(message: PushMessage): Promise<{ errCode: number; errMsg: string }>
}

export interface PushLogEntry {
  id: string
  userId: string
  kind: NoticeKind
  templateId: string
  outcome: 'sent' | 'noCredit' | 'refused' | 'invalidData' | 'failed'
  errCode?: number
  errMsg?: string
  field?: string
  attempts: number
  at: string
}

export interface PushLog {
  add(entry: PushLogEntry): Promise<void>
}

/** Once-only reminder stages per case: the first claim wins, even across overlapping or retried timer runs. */
export interface ReminderLedger {
  claim(caseId: string, stage: string, at: string): Promise<boolean>
}

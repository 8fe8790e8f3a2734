// Ports for the message centre, subscription credits, push sending and once-only reminders.
import type { NoticeKind } from '../domain/notice-kinds'
import type { Page } from './repositories'
import type { Notice } from './notifier'

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
  /** false (and nothing written) when an entry with this id is already there. */
  add(entry: InboxEntry): Promise<boolean>
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

/**
 * One reminder stage of one case (`stage` is the stage key, e.g. `overdue@<dueAt>`): claimed once, then its notices
 * are planned (recorded before the first is sent) and sent one by one, counting `sent`, until `done`.
 * A run holds an entry until `leaseUntil`; an unfinished entry whose lease has passed was left by a killed run.
 */
export interface ReminderEntry {
  caseId: string
  stage: string
  claimedAt: string
  done: boolean
  leaseUntil: string
  /** The notices to send, in order; absent until planned. */
  plan?: Notice[]
  /** How many of `plan` have been sent. */
  sent: number
}

/** Once-only reminder stages per case: the first claim wins, even across overlapping or retried timer runs. */
export interface ReminderLedger {
  /** Create the entry (leased until `leaseUntil`, default `at`); false when it already exists. */
  claim(caseId: string, stage: string, at: string, leaseUntil?: string): Promise<boolean>
  /** The entries among these (case, stage key) pairs, in one query (≤ 100 pairs). */
  find(keys: readonly { caseId: string; stage: string }[]): Promise<ReminderEntry[]>
  /** Unfinished entries whose lease ended at or before `now`, oldest lease first. */
  listUnfinished(now: string, limit: number): Promise<ReminderEntry[]>
  /** Take over an unfinished entry whose lease ended at or before `now` (atomic); false when another run holds it or it is done. */
  lease(caseId: string, stage: string, now: string, leaseUntil: string): Promise<boolean>
  /** Record the notices to send, before the first is sent. */
  plan(caseId: string, stage: string, notices: Notice[]): Promise<void>
  /** Record progress: how many notices went out, whether the entry is finished, and (to hand it on) a new lease end. */
  progress(caseId: string, stage: string, change: { sent: number; done: boolean; leaseUntil?: string }): Promise<void>
  /** Where each sweep stage left off (stage name → cursor), kept between runs. */
  cursors(): Promise<Record<string, string>>
  saveCursors(cursors: Record<string, string>): Promise<void>
}

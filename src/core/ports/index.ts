// Everything a use case may depend on.
import type { Clock } from './clock'
import type { IdGenerator } from './ids'
import type { Notifier } from './notifier'
import type { Classifier } from './classifier'
import type { Repositories } from './repositories'
import type { CreditStore, InboxStore, ReminderLedger } from './messages'
import type { WorkCalendar } from '../domain/work-calendar'

export interface Deps {
  repos: Repositories
  clock: Clock
  ids: IdGenerator
  notifier: Notifier
  inbox: InboxStore
  credits: CreditStore
  reminders: ReminderLedger
  classifier?: Classifier
  calendar: WorkCalendar
}

export type { Clock, IdGenerator, Notifier, Classifier, Repositories }

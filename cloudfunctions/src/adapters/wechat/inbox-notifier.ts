// Notifier for the WeChat runtime: every notice lands in the user's 消息中心 (the `inbox` collection).
// Subscription-message pushes are layered on top of this (see the pushes work); the inbox is never skipped.
import type { Notice, Notifier } from '../../../../src/core/ports/notifier'
import type { Clock } from '../../../../src/core/ports/clock'

interface InboxCollection {
  add(options: { data: Record<string, unknown> }): Promise<unknown>
}

export function createCloudInboxNotifier(db: { collection(name: string): unknown }, clock: Clock): Notifier {
  return {
    async notify(notice: Notice) {
      await (db.collection('inbox') as InboxCollection).add({ data: { ...notice, read: false, createdAt: clock.now().toISOString() } })
    },
  }
}

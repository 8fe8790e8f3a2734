// EventRepository over the cloud database: a case's events, oldest first, read by seq range (no skip).
import type { CaseEvent } from '@core/domain/case'
import type { EventRepository } from '@core/ports/repositories'
import type { CloudDatabase } from './database-api'
import { COLLECTIONS, PAGE_SIZE } from './collections'
import { eventFromDoc } from './event-mapper'

export function createCloudEventRepository(db: CloudDatabase): EventRepository {
  const _ = db.command
  return {
    async listByCase(caseId: string) {
      const events: CaseEvent[] = []
      let lastSeq = 0
      for (;;) {
        const { data } = await db
          .collection(COLLECTIONS.caseEvents)
          .where({ caseId, seq: _.gt(lastSeq) })
          .orderBy('seq', 'asc')
          .limit(PAGE_SIZE)
          .get()
        events.push(...data.map(eventFromDoc))
        if (data.length < PAGE_SIZE) return events
        lastSeq = events[events.length - 1].seq
      }
    },
  }
}

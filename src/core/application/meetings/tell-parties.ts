// 议事结果: the parties concerned on the participant list (with the app) hear an item's decision; the petitioner of a
// case item hears it through the case's own notice (after-change-notices.ts), so is not told twice.
import type { Deps } from '../../ports'
import type { CaseRecord } from '../../domain/case'
import type { Meeting } from '../../domain/meeting'
import { notifyUsers } from '../notices'

export async function tellParties(deps: Deps, meeting: Meeting, title: string, decision: string, item?: CaseRecord): Promise<void> {
  const parties = meeting.participants.filter((p) => p.part === 'partyConcerned' && p.userId && p.userId !== item?.petitioner.userId).map((p) => p.userId!)
  if (parties.length === 0) return
  if (item) return notifyUsers(deps, item, parties, 'decided', '议事会已形成决议', { tail: `决议：${decision}`, values: { note: decision } })
  for (const userId of [...new Set(parties)]) {
    await deps.notifier.notify({ userId, kind: 'decided', title: '议事会已形成决议', body: `${meeting.title}：${title}。决议：${decision}`, values: { summary: title, note: decision, place: meeting.place } })
  }
}

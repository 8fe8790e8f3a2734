// A case raised in person at the hall (channel walkIn) on a reception day joins that day's 逢五说事 as an item.
import type { Deps } from '../../ports'
import type { CaseRecord } from '../../domain/case'
import { shanghaiDate } from '../../domain/deadlines'
import { ok } from '../../contracts/result'
import { summary } from '../notices'
import { saveMeeting } from './save-meeting'

export async function linkToReception(deps: Deps, item: CaseRecord): Promise<void> {
  if (item.channel !== 'walkIn') return
  const day = shanghaiDate(item.createdAt)
  for (const status of ['planned', 'held'] as const) {
    const page = await deps.repos.meetings.list({ communityId: item.communityId, status, order: 'asc', fromDate: day, toDate: day, limit: 20 })
    const reception = page.items.find((m) => m.kind === 'reception')
    if (!reception) continue
    const entry = { id: `case-${item.id}`, kind: 'case' as const, caseId: item.id, caseNo: item.caseNo, title: summary(item) }
    await saveMeeting(deps, reception, 'linkReceptionCase', (current) => ok({ items: current.items.some((i) => i.id === entry.id) ? current.items : [...current.items, entry] }))
    return
  }
}

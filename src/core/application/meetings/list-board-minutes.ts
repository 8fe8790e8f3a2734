// 公示栏: a community's published minutes, newest meeting first, personal data left out (no names, no phones: only
// how many came, the items and their decisions). Anyone signed in. Errors: FORBIDDEN.
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { MEETING_KIND_LABELS, type Meeting } from '../../domain/meeting'
import type { MeetingInputs } from '../../contracts/meeting-inputs'
import type { BoardMinutes } from '../../contracts/meeting-views'
import { fail, ok, type Result } from '../../contracts/result'
import { cursorOwner, openCursor, sealCursor } from '../page-cursor'
import { allowedRole } from './meeting-access'

async function boardEntry(deps: Deps, meeting: Meeting): Promise<BoardMinutes> {
  const unitName = async (id: string) => (await deps.repos.directory.getUnit(id))?.name ?? ''
  const items = []
  for (const item of meeting.items) {
    if (!item.minutes) continue
    items.push({ title: item.title, decision: item.minutes.decision, unitNames: await Promise.all(item.minutes.unitIds.map(unitName)), ...(item.minutes.workingDays ? { workingDays: item.minutes.workingDays } : {}) })
  }
  return {
    id: meeting.id,
    kindLabel: MEETING_KIND_LABELS[meeting.kind],
    title: meeting.title,
    date: meeting.date,
    place: meeting.place,
    attendance: { present: meeting.participants.filter((p) => p.attendance === 'present').length, absent: meeting.participants.filter((p) => p.attendance === 'absent').length },
    items,
    publishedAt: meeting.publishedAt ?? meeting.updatedAt,
  }
}

export async function listBoardMinutes(deps: Deps, actor: Actor, input: MeetingInputs['listBoardMinutes']): Promise<Result<{ items: BoardMinutes[]; nextCursor?: string }>> {
  if (!allowedRole(actor, 'listBoardMinutes')) return fail('FORBIDDEN')
  const owner = cursorOwner(actor.userId, `listBoardMinutes:${input.communityId}`)
  const opened = openCursor(owner, input.cursor)
  if ('ok' in opened) return opened
  const page = await deps.repos.meetings.list({ communityId: input.communityId, status: 'minuted', order: 'desc', limit: input.limit ?? 10, cursor: opened.cursor })
  const items = await Promise.all(page.items.map((m) => boardEntry(deps, m)))
  const nextCursor = sealCursor(owner, page.nextCursor)
  return ok({ items, ...(nextCursor ? { nextCursor } : {}) })
}

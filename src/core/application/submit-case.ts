// 说事: bring a problem up. Residents (self), grid workers (door-to-door), staff (phone, walk-in, suggestion box).
// A case typed in for a registered resident is linked to their account (petitioner-account.ts). The text is classified,
// unless it is only a recording (语音说事 + audio): that one waits for staff to type its gist at triage.
// Answers the new case, or the existing one when the same idempotency key is sent again. Errors: FORBIDDEN, NOT_FOUND, INVALID_INPUT.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { CaseRecord } from '../domain/case'
import { canSubmit } from '../domain/permissions'
import { shanghaiDate } from '../domain/deadlines'
import type { SubmitInput } from '../contracts/case-inputs'
import { fail, ok, type Result } from '../contracts/result'
import { buildEvent } from './events'
import { notifyUrgent } from './notices'
import { findPetitionerAccount } from './petitioner-account'
import { suggestForText } from './suggest-case'
import { needsTranscript } from '../domain/voice'

export async function submitCase(deps: Deps, actor: Actor, input: SubmitInput): Promise<Result<CaseRecord>> {
  if (!canSubmit(actor, input.communityId, input.channel)) return fail('FORBIDDEN', '您不能通过这个渠道在该社区登记事项')
  const existing = await deps.repos.cases.findByIdempotencyKey(input.idempotencyKey)
  if (existing) {
    return existing.submittedBy === actor.userId ? ok(existing) : fail('INVALID_INPUT', '提交编号已被使用，请重新提交', 'idempotencyKey')
  }
  const community = await deps.repos.directory.getCommunity(input.communityId)
  if (!community || community.streetId !== actor.streetId) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  if (input.channel !== 'self' && !input.petitioner) return fail('INVALID_INPUT', '代为登记时请填写说事人姓名', 'petitioner')
  if (input.gridId) {
    const grids = await deps.repos.directory.listGrids(community.id)
    if (!grids.some((g) => g.id === input.gridId)) return fail('NOT_FOUND', '找不到这个网格', 'gridId')
  }

  const now = deps.clock.now().toISOString()
  const petitionerUser = input.channel === 'self' ? await deps.repos.users.get(actor.userId) : undefined
  const home = await findHome(deps, community.id, petitionerUser?.householdId ?? input.householdId)
  const account = input.channel === 'self' ? undefined : await findPetitionerAccount(deps, community.id, { householdId: input.householdId, ...input.petitioner! })
  const petitioner = input.channel === 'self'
    ? { userId: actor.userId, name: actor.name, phone: petitionerUser?.phone, room: home.room }
    : { userId: account?.id, name: input.petitioner!.name, phone: input.petitioner!.phone, room: input.petitioner!.room ?? home.room }
  const gridId = input.gridId ?? home.gridId ?? (actor.role === 'gridWorker' ? actor.gridIds?.[0] : undefined)
  const datePrefix = 'SS' + shanghaiDate(now).replace(/-/g, '')
  // A recording without a transcript has nothing to classify: it waits for staff to type its gist (语音待转写).
  const suggestion = needsTranscript(input) ? undefined : await suggestForText(deps, community, input.text)

  const item: CaseRecord = {
    id: deps.ids.next(),
    caseNo: '', // the repository numbers it (the day's next number) in the transaction that stores it
    streetId: community.streetId,
    communityId: community.id,
    gridId,
    channel: input.channel,
    submittedBy: actor.userId,
    petitioner: stripUndefined(petitioner),
    anonymous: input.anonymous,
    text: input.text,
    attachments: input.attachments,
    status: 'submitted',
    version: 1,
    suggestion,
    urgency: suggestion?.urgent ? 'urgent' : 'normal',
    escalations: 0,
    idempotencyKey: input.idempotencyKey,
    createdAt: now,
    updatedAt: now,
  }
  if (!item.gridId) delete item.gridId
  if (!item.suggestion) delete item.suggestion
  const event = buildEvent({ id: deps.ids.next(), item, seq: 1, action: 'submit', from: null, actor, at: now, attachments: input.attachments, data: { channel: input.channel } })
  const saved = await deps.repos.cases.create(item, event, { datePrefix })
  if (saved.created && saved.item.urgency === 'urgent') await notifyUrgent(deps, saved.item)
  return ok(saved.item)
}

/** The petitioner's home (room label and grid) from their household record, when known. */
async function findHome(deps: Deps, communityId: string, householdId?: string): Promise<{ room?: string; gridId?: string }> {
  if (!householdId) return {}
  const household = await deps.repos.directory.getHousehold(householdId)
  if (!household) return {}
  const building = (await deps.repos.directory.listBuildings(communityId)).find((b) => b.id === household.buildingId)
  return building ? { room: building.name + household.room, gridId: building.gridId } : { room: household.room }
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

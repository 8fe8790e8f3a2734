// 修改社区设置: a community's hall, hotline, reception days (day numbers 1–31, stored as 每月5日、15日、25日（逢五说事）)
// and duty roster (ISO weekday '1'..'7' → staff of that community). Who: admins of the street, staff of the
// community. Written with an editCommunity audit event. Errors: FORBIDDEN, NOT_FOUND, INVALID_INPUT (nothing written).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { SERVICE_PHONE, type Community } from '../../domain/directory'
import { formatReceptionDays, receptionDaysProblem } from '../../domain/reception-days'
import { fail, ok, type Result } from '../../contracts/result'
import { mayEditCommunity } from './settings-permissions'
import { settingsAuditEvent } from './audit-event'

export interface UpdateCommunityInput {
  communityId: string
  hall: string
  hotline: string
  receptionDays: number[]
  dutyRoster: Record<string, string[]>
}

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const

export async function updateCommunity(deps: Deps, actor: Actor, input: UpdateCommunityInput): Promise<Result<Community>> {
  const community = await deps.repos.directory.getCommunity(input.communityId)
  if (!community) return fail('NOT_FOUND', '找不到这个社区', 'communityId')
  if (!mayEditCommunity(actor, community)) return fail('FORBIDDEN', '只有街道管理员和本社区工作人员可以修改社区设置')
  if (input.hotline && !SERVICE_PHONE.test(input.hotline.replace(/\s/g, ''))) return fail('INVALID_INPUT', '服务电话格式不对，如 0716-8312345 或 13972100021', 'hotline')
  const daysProblem = receptionDaysProblem(input.receptionDays)
  if (daysProblem) return fail('INVALID_INPUT', daysProblem, 'receptionDays')
  const unknownDay = Object.keys(input.dutyRoster).find((day) => !(WEEKDAYS as readonly string[]).includes(day))
  if (unknownDay !== undefined) return fail('INVALID_INPUT', '值班表只能按星期一到星期日排', 'dutyRoster')
  const staff = (await deps.repos.users.listByRole(actor.streetId, 'staff')).filter((u) => u.communityId === community.id)
  const staffIds = new Set(staff.map((u) => u.id))
  const stranger = Object.values(input.dutyRoster).flat().find((id) => !staffIds.has(id))
  if (stranger !== undefined) return fail('INVALID_INPUT', '值班人员只能从本社区工作人员中选', 'dutyRoster')
  const dutyRoster = Object.fromEntries(WEEKDAYS.filter((day) => (input.dutyRoster[day] ?? []).length > 0).map((day) => [day, [...new Set(input.dutyRoster[day])]]))
  const next: Community = { ...community, hall: input.hall.trim(), hotline: input.hotline.replace(/\s/g, ''), receptionDays: formatReceptionDays(input.receptionDays), dutyRoster }
  const event = settingsAuditEvent(deps, actor, 'editCommunity', community.id, {
    community: community.name,
    before: { hall: community.hall, hotline: community.hotline, receptionDays: community.receptionDays, dutyRoster: community.dutyRoster ?? {} },
    after: { hall: next.hall, hotline: next.hotline, receptionDays: next.receptionDays, dutyRoster },
  })
  await deps.repos.admin.changeDirectory({ kind: 'community', record: next }, event)
  return ok(next)
}

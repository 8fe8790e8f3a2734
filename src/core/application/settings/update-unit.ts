// 修改承办单位: a unit's phone and members (name, phone). Who: admins of the street; staff for the units of their own
// community. Written with an editUnit audit event. Errors: FORBIDDEN, NOT_FOUND, INVALID_INPUT (nothing written).
import type { Deps } from '../../ports'
import type { Actor } from '../../domain/roles'
import { PERSONAL_PHONE, SERVICE_PHONE, type Unit, type UnitMember } from '../../domain/directory'
import { fail, ok, type Result } from '../../contracts/result'
import { mayEditUnit } from './settings-permissions'
import { settingsAuditEvent } from './audit-event'

export interface UpdateUnitInput {
  unitId: string
  phone?: string
  members: UnitMember[]
}

export const UNIT_MEMBERS_MAX = 50

export async function updateUnit(deps: Deps, actor: Actor, input: UpdateUnitInput): Promise<Result<Unit>> {
  const unit = await deps.repos.directory.getUnit(input.unitId)
  if (!unit) return fail('NOT_FOUND', '找不到这个承办单位', 'unitId')
  if (!mayEditUnit(actor, unit)) return fail('FORBIDDEN', '只有街道管理员和本社区工作人员可以修改本社区的承办单位')
  const phone = input.phone?.replace(/\s/g, '') || undefined
  if (phone && !SERVICE_PHONE.test(phone)) return fail('INVALID_INPUT', '单位电话格式不对，如 0716-8310003', 'phone')
  const members: UnitMember[] = []
  for (const [index, member] of input.members.entries()) {
    const name = member.name.trim()
    const memberPhone = member.phone?.replace(/\s/g, '') || undefined
    if (!name) return fail('INVALID_INPUT', `第${index + 1}位成员没有填姓名`, 'members')
    if (memberPhone && !PERSONAL_PHONE.test(memberPhone)) return fail('INVALID_INPUT', `${name}的电话格式不对`, 'members')
    if (members.some((m) => m.name === name)) return fail('INVALID_INPUT', `成员${name}填了两次`, 'members')
    members.push(memberPhone ? { name, phone: memberPhone } : { name })
  }
  const { phone: _oldPhone, members: _oldMembers, ...rest } = unit
  const next: Unit = { ...rest, ...(phone ? { phone } : {}), ...(members.length > 0 ? { members } : {}) }
  const event = settingsAuditEvent(deps, actor, 'editUnit', unit.communityId, {
    unit: unit.name,
    before: { phone: unit.phone ?? '', members: (unit.members ?? []).map((m) => m.name) },
    after: { phone: next.phone ?? '', members: members.map((m) => m.name) },
  })
  await deps.repos.admin.changeDirectory({ kind: 'unit', record: next }, event)
  return ok(next)
}

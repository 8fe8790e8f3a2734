// The `identity` function's settings: communities (hall, hotline, reception days, duty roster), units (phone,
// members), the holiday calendar of a year, and the subscription template ids (read-only, with their status).
import { getSettings } from '../../../../src/core/application/settings/get-settings'
import { updateCommunity, WEEKDAYS } from '../../../../src/core/application/settings/update-community'
import { updateUnit, UNIT_MEMBERS_MAX } from '../../../../src/core/application/settings/update-unit'
import { saveCalendarYear } from '../../../../src/core/application/settings/save-calendar-year'
import { bool, date, id, integer, list, object, text, type Rule } from '../../../../src/core/contracts/validation'
import type { ActionMap } from '../../runtime/action'
import { templateStatus } from '../../runtime/template-status'

/** ISO weekday '1'..'7' → staff user ids (at most 20 a day). */
const dutyRoster: Rule = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: '值班表格式不对' }
  const entries = Object.entries(value as Record<string, unknown>)
  const good = entries.length <= WEEKDAYS.length && entries.every(([, ids]) => Array.isArray(ids) && ids.length <= 20 && ids.every((u) => typeof u === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(u)))
  return good ? { value } : { error: '值班表格式不对' }
}

export const settingsActions: ActionMap = {
  /** 设置: communities, units and calendar years the caller may see and change, and (admins) the template ids' status. */
  getSettings: {
    schema: {},
    async run({ deps, actor }) {
      const settings = await getSettings(deps, actor)
      if (!settings.ok || actor.role !== 'admin') return settings
      return { ok: true, value: { ...settings.value, templates: templateStatus() } }
    },
  },
  updateCommunity: {
    schema: {
      communityId: id('社区'),
      hall: text('说事厅地址', { max: 60, optional: true }),
      hotline: text('服务电话', { max: 20, optional: true }),
      receptionDays: list('接待日', integer('接待日', { min: 1, max: 31 }), { max: 31 }),
      dutyRoster,
    },
    run: ({ deps, actor }, input) => updateCommunity(deps, actor, { ...input, hall: input.hall ?? '', hotline: input.hotline ?? '' }),
  },
  updateUnit: {
    schema: {
      unitId: id('承办单位'),
      phone: text('单位电话', { max: 20, optional: true }),
      members: list('成员', object('成员', { name: text('姓名', { max: 20 }), phone: text('电话', { max: 20, optional: true }) }), { max: UNIT_MEMBERS_MAX }),
    },
    run: ({ deps, actor }, input) => updateUnit(deps, actor, input),
  },
  saveCalendarYear: {
    schema: {
      year: integer('年份', { min: 2000, max: 2100 }),
      holidays: list('放假日', date('放假日'), { max: 60 }),
      workdays: list('调休上班日', date('调休上班日'), { max: 30 }),
      provisional: bool('暂定', { optional: true }),
    },
    run: ({ deps, actor }, input) => saveCalendarYear(deps, actor, input),
  },
}

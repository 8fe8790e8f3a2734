// 设置: admins edit a community's hall, hotline, reception days and duty roster, a unit's phone and members, and a
// year's holiday calendar (the database is where it lives: a new deadline counts by it); staff their own community.
// Every change is an audit event; bad input is a Chinese message and nothing written; the permission matrix.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { DEMO_COMMUNITY, act } from '../support/case-steps'
import type { CaseView } from '../../src/core/contracts/views'
import type { SettingsView } from '../../src/core/application/settings/get-settings'
import type { TemplateStatus } from '../../cloudfunctions/src/runtime/template-status'
import type { Community, Unit } from '../../src/core/domain/directory'
import { formatReceptionDays, parseReceptionDays } from '../../src/core/domain/reception-days'

let h: Harness
beforeEach(async () => {
  h = await createHarness('2027-02-03T02:00:00Z')
  const hongxing: Community = { id: 'community-hongxing', streetId: 'street-shengli', name: '红星社区', hotline: '', hall: '', receptionDays: '' }
  const property: Unit = { id: 'unit-hx-property', streetId: 'street-shengli', communityId: 'community-hongxing', name: '红星物业', kind: 'property' }
  await h.runtime.deps.repos.directory.upsert('community', hongxing)
  await h.runtime.deps.repos.directory.upsert('unit', property)
})
afterEach(() => h.close())

const community = () => h.runtime.deps.repos.directory.getCommunity(DEMO_COMMUNITY) as Promise<Community>
const audits = () => h.runtime.deps.repos.admin.listAudit({ streetId: 'street-shengli' }, 100)
const roster = { '1': ['user-staff-chen'], '3': ['user-staff-li', 'user-staff-chen'], '6': ['user-staff-li'] }
const communityEdit = (extra: Record<string, unknown> = {}) => ({ communityId: DEMO_COMMUNITY, hall: '航空路社区服务中心一楼说事厅', hotline: '0716-8312345', receptionDays: [25, 5, 15], dutyRoster: roster, ...extra })

it('reception days: day numbers in, the community’s text out, and back', () => {
  expect(formatReceptionDays([25, 5, 15])).toBe('每月5日、15日、25日（逢五说事）')
  expect(formatReceptionDays([1, 16])).toBe('每月1日、16日')
  expect(parseReceptionDays('每月5日、15日、25日（逢五说事）')).toEqual([5, 15, 25])
  expect(parseReceptionDays('逢五说事')).toEqual([])
})

it('an admin edits the hall, hotline, reception days and duty roster; the change is an audit event with before and after', async () => {
  const saved = data<Community>(await h.call('persona-admin', 'identity', 'updateCommunity', communityEdit({ receptionDays: [1, 16] })))
  expect(saved).toMatchObject({ hall: '航空路社区服务中心一楼说事厅', hotline: '0716-8312345', receptionDays: '每月1日、16日', dutyRoster: { '1': ['user-staff-chen'], '3': ['user-staff-li', 'user-staff-chen'], '6': ['user-staff-li'] } })
  expect(await community()).toEqual(saved)
  const [event] = await audits()
  expect(event).toMatchObject({ action: 'editCommunity', communityId: DEMO_COMMUNITY, actor: { name: '吴志刚' }, data: { community: '航空路社区', before: { receptionDays: '每月5日、15日、25日（逢五说事）' }, after: { receptionDays: '每月1日、16日' } } })
  const settings = data<SettingsView>(await h.call('persona-staff', 'identity', 'getSettings', {}))
  expect(settings.communities.map((c) => [c.id, c.receptionDayNumbers, c.staff.map((s) => s.name)])).toEqual([[DEMO_COMMUNITY, [1, 16], ['陈静', '李娟']]])
})

it('bad community input: a Chinese message, the field, and nothing written', async () => {
  const before = await community()
  const bad: Array<[Record<string, unknown>, string, string]> = [
    [{ receptionDays: [] }, 'receptionDays', '请至少选一个接待日'],
    [{ receptionDays: [5, 32] }, 'receptionDays', '接待日：接待日应在1到31之间'],
    [{ receptionDays: [5, 5] }, 'receptionDays', '接待日有重复'],
    [{ hotline: '打电话' }, 'hotline', '服务电话格式不对，如 0716-8312345 或 13972100021'],
    [{ dutyRoster: { '8': ['user-staff-chen'] } }, 'dutyRoster', '值班表只能按星期一到星期日排'],
    [{ dutyRoster: { '1': ['user-grid-zhao'] } }, 'dutyRoster', '值班人员只能从本社区工作人员中选'],
    [{ dutyRoster: { '1': 'user-staff-chen' } }, 'dutyRoster', '值班表格式不对'],
  ]
  for (const [extra, field, message] of bad) {
    expect(await h.call('persona-admin', 'identity', 'updateCommunity', communityEdit(extra))).toEqual({ ok: false, code: 'INVALID_INPUT', field, message })
  }
  expect(await community()).toEqual(before)
  expect(await audits()).toEqual([])
})

it('a unit’s phone and members; bad members change nothing', async () => {
  const members = [{ name: '孙强', phone: '13972100031' }, { name: '钱芳' }]
  const unit = data<Unit>(await h.call('persona-admin', 'identity', 'updateUnit', { unitId: 'unit-sanitation', phone: '0716-8310099', members }))
  expect(unit).toMatchObject({ id: 'unit-sanitation', name: '胜利街道环卫所', phone: '0716-8310099', members })
  expect(await h.runtime.deps.repos.directory.getUnit('unit-sanitation')).toEqual(unit)
  expect((await audits())[0]).toMatchObject({ action: 'editUnit', data: { unit: '胜利街道环卫所', after: { phone: '0716-8310099', members: ['孙强', '钱芳'] } } })
  expect(await h.call('persona-admin', 'identity', 'updateUnit', { unitId: 'unit-sanitation', members: [{ name: '孙强' }, { name: '孙强' }] })).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '成员孙强填了两次' })
  expect(await h.call('persona-admin', 'identity', 'updateUnit', { unitId: 'unit-sanitation', members: [{ name: '孙强', phone: '12345' }] })).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '孙强的电话格式不对' })
  expect(await h.call('persona-admin', 'identity', 'updateUnit', { unitId: 'unit-sanitation', phone: 'abc', members: [] })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'phone' })
  expect(await h.call('persona-admin', 'identity', 'updateUnit', { unitId: 'unit-nope', members: [] })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  expect(await h.runtime.deps.repos.directory.getUnit('unit-sanitation')).toEqual(unit)
  expect(await audits()).toHaveLength(1)
})

describe('who may edit what', () => {
  // [who, action, payload, allowed]
  const rows: Array<[string, string, Record<string, unknown>, boolean]> = [
    ['persona-admin', 'updateCommunity', communityEdit(), true],
    ['persona-admin', 'updateCommunity', { communityId: 'community-hongxing', receptionDays: [5], dutyRoster: {} }, true],
    ['persona-staff', 'updateCommunity', communityEdit(), true],
    ['persona-staff', 'updateCommunity', { communityId: 'community-hongxing', receptionDays: [5], dutyRoster: {} }, false],
    ['persona-supervisor', 'updateCommunity', communityEdit(), false],
    ['persona-grid', 'updateCommunity', communityEdit(), false],
    ['persona-handler', 'updateCommunity', communityEdit(), false],
    ['persona-resident', 'updateCommunity', communityEdit(), false],
    ['persona-admin', 'updateUnit', { unitId: 'unit-sanitation', members: [] }, true],
    ['persona-staff', 'updateUnit', { unitId: 'unit-property', members: [] }, true],
    ['persona-staff', 'updateUnit', { unitId: 'unit-sanitation', members: [] }, false],
    ['persona-staff', 'updateUnit', { unitId: 'unit-hx-property', members: [] }, false],
    ['persona-handler', 'updateUnit', { unitId: 'unit-sanitation', members: [] }, false],
    ['persona-supervisor', 'updateUnit', { unitId: 'unit-property', members: [] }, false],
    ['persona-admin', 'saveCalendarYear', { year: 2027, holidays: ['2027-01-01'], workdays: [] }, true],
    ['persona-staff', 'saveCalendarYear', { year: 2027, holidays: ['2027-01-01'], workdays: [] }, false],
    ['persona-supervisor', 'saveCalendarYear', { year: 2027, holidays: ['2027-01-01'], workdays: [] }, false],
    ['persona-admin', 'getSettings', {}, true],
    ['persona-staff', 'getSettings', {}, true],
    ['persona-supervisor', 'getSettings', {}, false],
    ['persona-handler', 'getSettings', {}, false],
    ['persona-resident', 'getSettings', {}, false],
  ]
  it.each(rows)('%s %s %j: allowed %s', async (as, action, payload, allowed) => {
    const answer = await h.call(as, 'identity', action, payload)
    if (allowed) expect(answer).toMatchObject({ ok: true })
    else expect(answer).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

it('settings show each role what it may change: the admin everything of the street, staff their community and its units', async () => {
  const admin = data<SettingsView & { templates: TemplateStatus }>(await h.call('persona-admin', 'identity', 'getSettings', {}))
  expect(admin.communities.map((c) => c.id).sort()).toEqual(['community-hangkonglu', 'community-hongxing'])
  expect(admin.units.map((u) => u.id)).toContain('unit-sanitation')
  expect(admin.calendar).toMatchObject({ editable: true, years: [{ year: 2026, provisional: false, stored: false }, { year: 2027, provisional: true, stored: false }] })
  expect(admin.templates.current).toBe('local')
  expect(admin.templates.why).toContain('config/subscribe-templates.ts')
  expect(admin.templates.rows.find((r) => r.kind === 'accepted')).toMatchObject({ title: '事项受理通知', ids: { local: { ready: true }, release: { id: 'SET_RELEASE_TEMPLATE_ID_accepted', ready: false } } })
  const staff = data<SettingsView>(await h.call('persona-staff', 'identity', 'getSettings', {}))
  expect(staff.communities.map((c) => c.id)).toEqual([DEMO_COMMUNITY])
  expect(staff.units.map((u) => u.id).sort()).toEqual(['unit-committee', 'unit-property'])
  expect(staff.calendar.editable).toBe(false)
  expect(staff).not.toHaveProperty('templates')
})

describe('the holiday calendar of a year lives in the database', () => {
  // Test data for a year whose arrangement is not published yet (not the real 2027 arrangement).
  const year2027 = { year: 2027, holidays: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'], workdays: ['2027-02-14'] }

  async function assignedCase(): Promise<CaseView> {
    let c = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: DEMO_COMMUNITY, text: '楼下垃圾堆了三天没人清运', channel: 'self', idempotencyKey: key() }))
    c = await act(h, 'persona-staff', 'triage', c, { category: 'sanitation', level: 'community', urgency: 'normal' })
    return act(h, 'persona-staff', 'assign', c, { unitId: 'unit-sanitation', level: 'community', workingDays: 3 })
  }

  it('a deadline computed after the admin enters the year’s holidays counts by them', async () => {
    expect((await assignedCase()).dueAt).toBe('2027-02-08T15:59:59.999Z') // Thu 4, Fri 5, Mon 8 by the built-in (provisional) 2027
    expect(data(await h.call('persona-admin', 'identity', 'saveCalendarYear', year2027))).toEqual({ ...year2027, provisional: false })
    expect((await assignedCase()).dueAt).toBe('2027-02-14T15:59:59.999Z') // Thu 4, Fri 12, Sun 14 (a make-up workday)
    expect((await audits())[0]).toMatchObject({ action: 'editCalendar', actor: { name: '吴志刚' }, data: { year: 2027, holidays: year2027.holidays, workdays: ['2027-02-14'], provisional: false } })
    const settings = data<SettingsView>(await h.call('persona-admin', 'identity', 'getSettings', {}))
    expect(settings.calendar.years.find((y) => y.year === 2027)).toMatchObject({ stored: true, provisional: false, workdays: ['2027-02-14'] })
    // The app counts its deadline texts by the same years: whoami hands them out.
    expect(data<{ calendarYears: unknown[] }>(await h.call('persona-handler', 'identity', 'whoami', {})).calendarYears).toEqual([{ ...year2027, provisional: false }])
  })

  it('a new runtime on the same database builds its calendar from the stored years', async () => {
    data(await h.call('persona-admin', 'identity', 'saveCalendarYear', { year: 2028, holidays: ['2028-01-03'], workdays: [], provisional: true }))
    const { createLocalRuntime } = await import('../../cloudfunctions/src/local/local-deps')
    const { refreshCalendar } = await import('../../src/core/application/settings/calendar-years')
    const other = createLocalRuntime(h.runtime.dataDir)
    await refreshCalendar(other.deps)
    expect(other.deps.calendar.isWorkingDay('2028-01-03')).toBe(false)
    expect(other.deps.calendar.isWorkingDay('2026-10-05')).toBe(false) // the built-in 2026 is still there
    other.db.close()
  })

  it('refuses dates outside the year, a day both off and worked, a make-up workday that is a weekday, writing nothing', async () => {
    const bad: Array<[Record<string, unknown>, string, string]> = [
      [{ holidays: ['2026-12-31'] }, 'holidays', '放假日2026-12-31不在2027年'],
      [{ workdays: ['2028-01-02'] }, 'workdays', '调休上班日2028-01-02不在2027年'],
      [{ holidays: ['2027-02-06'], workdays: ['2027-02-06'] }, 'workdays', '2027-02-06不能既放假又上班'],
      [{ workdays: ['2027-02-03'] }, 'workdays', '2027-02-03本来就是工作日，调休上班日应是周六或周日'],
      [{ holidays: ['2027-02-05', '2027-02-05'] }, 'holidays', '放假日2027-02-05填了两次'],
      [{ holidays: ['2027-02-30'] }, 'holidays', '放假日“2027-02-30”不是有效日期'],
    ]
    for (const [extra, field, message] of bad) {
      expect(await h.call('persona-admin', 'identity', 'saveCalendarYear', { year: 2027, holidays: [], workdays: [], ...extra })).toEqual({ ok: false, code: 'INVALID_INPUT', field, message })
    }
    expect(await h.runtime.deps.repos.admin.listCalendarYears()).toEqual([])
    expect(await audits()).toEqual([])
  })
})

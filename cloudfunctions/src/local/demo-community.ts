// The demo community seeded on first local start: 荆州市沙市区胜利街道航空路社区, where 逢五说事 began.
import type { Building, Community, Grid, Household, Street, Unit, User } from '../../../src/core/domain/directory'

export const DEMO_STREET: Street = { id: 'street-shengli', name: '荆州市沙市区胜利街道' }

export const DEMO_COMMUNITY: Community = {
  id: 'community-hangkonglu',
  streetId: DEMO_STREET.id,
  name: '航空路社区',
  hotline: '0716-8312345',
  hall: '航空路社区党群服务中心一楼 居民说事厅',
  receptionDays: '每月5日、15日、25日（逢五说事）',
  dutyRoster: { '1': ['user-staff-chen'], '2': ['user-staff-chen'], '3': ['user-staff-li'], '4': ['user-staff-chen'], '5': ['user-staff-li'], '6': ['user-staff-li'], '7': ['user-staff-chen'] },
}

export const DEMO_GRIDS: Grid[] = [
  { id: 'grid-1', communityId: DEMO_COMMUNITY.id, name: '第一网格（航空路小区）' },
  { id: 'grid-2', communityId: DEMO_COMMUNITY.id, name: '第二网格（红星路片区）' },
]

export const DEMO_BUILDINGS: Building[] = [
  { id: 'building-1', communityId: DEMO_COMMUNITY.id, gridId: 'grid-1', name: '航空路小区1栋' },
  { id: 'building-2', communityId: DEMO_COMMUNITY.id, gridId: 'grid-1', name: '航空路小区2栋' },
  { id: 'building-3', communityId: DEMO_COMMUNITY.id, gridId: 'grid-2', name: '红星路8号3栋' },
]

export const DEMO_HOUSEHOLDS: Household[] = [
  { id: 'household-101', buildingId: 'building-1', room: '1单元101', headName: '王秀英', phone: '13972100001' },
  { id: 'household-202', buildingId: 'building-1', room: '2单元202', headName: '李建国', phone: '13972100002' },
  { id: 'household-301', buildingId: 'building-2', room: '1单元301', headName: '张桂兰', phone: '13972100003' },
  { id: 'household-502', buildingId: 'building-3', room: '1单元502', headName: '刘德华', phone: '13972100004' },
]

export const DEMO_UNITS: Unit[] = [
  { id: 'unit-property', streetId: DEMO_STREET.id, communityId: DEMO_COMMUNITY.id, name: '荆州宏远物业公司', kind: 'property', phone: '0716-8310001' },
  { id: 'unit-city', streetId: DEMO_STREET.id, name: '沙市区城管执法胜利中队', kind: 'cityManagement', phone: '0716-8310002' },
  { id: 'unit-sanitation', streetId: DEMO_STREET.id, name: '胜利街道环卫所', kind: 'sanitation', phone: '0716-8310003' },
  { id: 'unit-police', streetId: DEMO_STREET.id, name: '胜利街派出所', kind: 'police', phone: '0716-8310004' },
  { id: 'unit-committee', streetId: DEMO_STREET.id, communityId: DEMO_COMMUNITY.id, name: '航空路社区居委会', kind: 'committee', phone: '0716-8312345' },
]

export interface Persona {
  id: string
  description: string
  user: User
}

const base = { streetId: DEMO_STREET.id }
export const DEMO_PERSONAS: Persona[] = [
  { id: 'persona-resident', description: '航空路小区1栋的居民，常来说事', user: { ...base, id: 'user-wang', openid: 'persona-resident', name: '王秀英', phone: '13972100001', role: 'resident', communityId: DEMO_COMMUNITY.id, householdId: 'household-101' } },
  { id: 'persona-grid', description: '第一网格网格员，入户走访', user: { ...base, id: 'user-grid-zhao', openid: 'persona-grid', name: '赵敏', phone: '13972100011', role: 'gridWorker', communityId: DEMO_COMMUNITY.id, gridIds: ['grid-1'] } },
  { id: 'persona-staff', description: '社区调解委员会，负责理事分流', user: { ...base, id: 'user-staff-chen', openid: 'persona-staff', name: '陈静', phone: '13972100021', role: 'staff', communityId: DEMO_COMMUNITY.id } },
  { id: 'persona-handler', description: '胜利街道环卫所，承办环境卫生事项', user: { ...base, id: 'user-handler-sun', openid: 'persona-handler', name: '孙强', phone: '13972100031', role: 'handler', unitId: 'unit-sanitation' } },
  { id: 'persona-supervisor', description: '督办组，党员和居民代表', user: { ...base, id: 'user-supervisor-zhou', openid: 'persona-supervisor', name: '周国平', phone: '13972100041', role: 'supervisor', communityId: DEMO_COMMUNITY.id } },
  { id: 'persona-admin', description: '胜利街道管理员', user: { ...base, id: 'user-admin-wu', openid: 'persona-admin', name: '吴志刚', phone: '13972100051', role: 'admin' } },
]

/** Seeded users who are not offered on the sign-in page (one persona per role there). */
export const DEMO_OTHER_USERS: User[] = [
  { ...base, id: 'user-staff-li', openid: 'demo-staff-li', name: '李娟', phone: '13972100022', role: 'staff', communityId: DEMO_COMMUNITY.id },
]

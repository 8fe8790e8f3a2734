// Roles and the actor: who is acting, as established by WeChat (OPENID) or the local session.

export const ROLES = ['resident', 'gridWorker', 'staff', 'handler', 'supervisor', 'admin', 'system'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  gridWorker: '网格员',
  staff: '社区工作人员',
  handler: '承办单位',
  supervisor: '督办组',
  admin: '街道管理员',
  system: '系统',
}

export interface Actor {
  userId: string
  name: string
  role: Role
  streetId: string
  /** Community the actor belongs to (residents, grid workers, staff, supervisors). */
  communityId?: string
  /** Grids a grid worker covers. */
  gridIds?: string[]
  /** Unit a handler works for. */
  unitId?: string
}

export const SYSTEM_ACTOR: Actor = { userId: 'system', name: '系统', role: 'system', streetId: '*' }

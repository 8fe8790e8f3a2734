// Which big buttons the home page shows, by role: the right 说事 form (residents 我要说事, grid workers 入户说事,
// staff and admins 登记说事; none for handlers and supervisors), the work queue with its waiting count, 督办,
// 议事会, 定题说事 (topics) for workers, 公示栏 for everyone with a community, and 工作人员管理 (invites) for admins and staff.
import type { Role } from '@core/domain/roles'
import { ROUTES } from '@/services/routes'
import { workQueueTitle } from '@/stores/selectors'

export interface HomeButton {
  text: string
  hint?: string
  url: string
  kind: 'primary' | 'secondary'
  badge?: number
}

export interface HomeFacts {
  role: Role
  hasCommunity: boolean
  unread: number
  /** cases.countWaiting, when known. */
  waiting?: { count: number; more: boolean }
}

const REPORT: Partial<Record<Role, { text: string; hint: string; url: string }>> = {
  resident: { text: '我要说事', hint: '说说身边的事', url: ROUTES.submit },
  gridWorker: { text: '入户说事', hint: '替居民登记，没有网络也能用', url: ROUTES.intake },
  staff: { text: '登记说事', hint: '电话、来访、意见箱', url: ROUTES.intake },
  admin: { text: '登记说事', hint: '电话、来访、意见箱', url: ROUTES.intake },
}

const AGENDA_ROLES: Role[] = ['staff', 'admin', 'gridWorker', 'supervisor']
const MEETING_ROLES: Role[] = ['staff', 'admin', 'supervisor']

/** "待办 3 件", "待办 99+ 件" */
export function waitingHint(waiting?: { count: number; more: boolean }): string | undefined {
  if (!waiting) return undefined
  return `待办 ${waiting.more || waiting.count > 99 ? '99+' : waiting.count} 件`
}

export function homeButtons({ role, hasCommunity, unread, waiting }: HomeFacts): HomeButton[] {
  const buttons: HomeButton[] = []
  const report = REPORT[role]
  if (report) buttons.push({ ...report, kind: 'primary' })
  const queue = workQueueTitle(role)
  if (queue) buttons.push({ text: queue, hint: waitingHint(waiting), url: ROUTES.queue, kind: role === 'handler' || role === 'supervisor' ? 'primary' : 'secondary' })
  if (role === 'supervisor') buttons.push({ text: '督办', hint: '跟踪每件事办到底', url: ROUTES.supervise, kind: 'secondary' })
  if (AGENDA_ROLES.includes(role)) buttons.push({ text: '议事会', hint: '议题和决议', url: ROUTES.agenda, kind: 'secondary' })
  if (MEETING_ROLES.includes(role)) buttons.push({ text: '议事安排', hint: '会议、签到和纪要', url: ROUTES.meetings, kind: 'secondary' })
  if (AGENDA_ROLES.includes(role)) buttons.push({ text: '定题说事', hint: role === 'gridWorker' ? '入户记录居民意见' : '就一件事征求居民意见', url: ROUTES.topics, kind: 'secondary' })
  buttons.push({ text: '我的说事', hint: role === 'resident' ? '看看办得怎么样' : '我登记的事', url: ROUTES.mine, kind: 'secondary' })
  buttons.push({ text: '消息中心', hint: unread > 0 ? `有 ${unread} 条新消息` : '办理进度都在这里', url: ROUTES.inbox, kind: 'secondary', badge: unread })
  if (hasCommunity) buttons.push({ text: '公示栏', hint: '办好的事都在这里公示', url: ROUTES.board, kind: 'secondary' })
  if (role === 'admin' || role === 'staff') buttons.push({ text: '工作人员管理', hint: '邀请和撤销工作人员', url: ROUTES.workers, kind: 'secondary' })
  return buttons
}

// Who hears about a workflow change: the petitioner (when they have the app), the handling unit, and the
// community's staff. One rule per audience of an action; each says which kind of notice and what it tells.
import type { Deps } from '../ports'
import type { CaseEvent, CaseRecord } from '../domain/case'
import type { CaseAction } from '../domain/transitions'
import type { NoticeKind } from '../domain/notice-kinds'
import { notifyUsers, responsibleUsers, type NoticeDetail } from './notices'

type Audience = 'petitioner' | 'handlers' | 'staff'

interface NoticeRule {
  to: Audience
  kind: NoticeKind
  title: string
  detail?: (deps: Deps, item: CaseRecord, event: CaseEvent) => NoticeDetail | Promise<NoticeDetail>
}

const RULES: Partial<Record<CaseAction, NoticeRule[]>> = {
  triage: [{ to: 'petitioner', kind: 'accepted', title: '您说的事已受理' }],
  putOnAgenda: [{ to: 'petitioner', kind: 'onAgenda', title: '您说的事已列入议事会' }],
  assign: [
    { to: 'petitioner', kind: 'assigned', title: '您说的事已交办' },
    { to: 'handlers', kind: 'newAssignment', title: '新交办事项' },
  ],
  publish: [{ to: 'petitioner', kind: 'completedAwaitingRating', title: '您说的事已办结，请评价' }],
  rateUnsatisfied: [
    { to: 'petitioner', kind: 'reopened', title: '您说的事已安排重新办理' },
    { to: 'handlers', kind: 'newAssignment', title: '事项需重新办理' },
  ],
  rateUnsatisfiedRetriage: [{ to: 'petitioner', kind: 'reopened', title: '您说的事已退回社区重新受理' }],
  followUpUnsatisfied: [{ to: 'handlers', kind: 'newAssignment', title: '事项需重新办理' }],
  refer: [{ to: 'petitioner', kind: 'referred', title: '您说的事已转交相关部门' }],
  mergeDuplicate: [{ to: 'petitioner', kind: 'merged', title: '您说的事已与同类事项合并办理', detail: mergedDetail }],
}

/** Tell everyone the rules of the action taken name. */
export async function notifyAfterChange(deps: Deps, item: CaseRecord, event: CaseEvent): Promise<void> {
  for (const rule of RULES[event.action] ?? []) {
    const userIds = await recipients(deps, item, rule.to)
    if (userIds.length === 0) continue
    await notifyUsers(deps, item, userIds, rule.kind, rule.title, rule.detail ? await rule.detail(deps, item, event) : {})
  }
}

async function recipients(deps: Deps, item: CaseRecord, audience: Audience): Promise<string[]> {
  switch (audience) {
    case 'petitioner':
      return item.petitioner.userId ? [item.petitioner.userId] : []
    case 'handlers':
      return (await responsibleUsers(deps, item, 'handler')).map((u) => u.id)
    case 'staff':
      return (await responsibleUsers(deps, item, 'staff')).map((u) => u.id)
  }
}

/** 已合并: the body and the note name the case that goes on. */
function mergedDetail(_deps: Deps, _item: CaseRecord, event: CaseEvent): NoticeDetail {
  const survivor = String(event.data?.intoCaseNo ?? '')
  return { tail: `已并入${survivor}一并办理`, values: { note: `并入${survivor}办理` } }
}

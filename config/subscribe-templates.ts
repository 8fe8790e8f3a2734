// Subscription-message templates: the template id per environment and which notice field fills each keyword.
// Fill the ids from 微信公众平台 → 订阅消息 → 我的模板 after choosing these (or equivalent) public templates;
// keyword names (thing1, time2 …) must match the chosen template's. Local ids only name the outbox entries.
import type { NoticeField, NoticeKind } from '../src/core/domain/notice-kinds'

export const TEMPLATE_ENVIRONMENTS = ['local', 'develop', 'trial', 'release'] as const
export type TemplateEnvironment = (typeof TEMPLATE_ENVIRONMENTS)[number]

export interface TemplateSpec {
  /** The template's title in the WeChat library, for whoever configures it. */
  title: string
  ids: Record<TemplateEnvironment, string>
  /** keyword → notice field. */
  keywords: Record<string, NoticeField>
  /** Page opened from the message; `{caseId}` is replaced. */
  page: string
}

const ids = (name: string): Record<TemplateEnvironment, string> => ({
  local: `local-${name}`,
  develop: `SET_DEVELOP_TEMPLATE_ID_${name}`,
  trial: `SET_TRIAL_TEMPLATE_ID_${name}`,
  release: `SET_RELEASE_TEMPLATE_ID_${name}`,
})
const CASE_PAGE = 'pages/case/index?id={caseId}'
/** Meeting notices carry the meeting's id where a case notice carries the case's. */
const MEETING_PAGE = 'packages/work/meeting/index?id={caseId}'

export const SUBSCRIBE_TEMPLATES: Record<NoticeKind, TemplateSpec> = {
  accepted: { title: '事项受理通知', ids: ids('accepted'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', phrase3: 'status', time4: 'time' } },
  onAgenda: { title: '议事安排通知', ids: ids('onAgenda'), page: CASE_PAGE, keywords: { thing1: 'summary', time2: 'time', thing3: 'place', phrase4: 'status' } },
  decided: { title: '议事结果通知', ids: ids('decided'), page: CASE_PAGE, keywords: { thing1: 'summary', thing2: 'note', phrase3: 'status', time4: 'time' } },
  assigned: { title: '事项交办通知', ids: ids('assigned'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', thing3: 'unit', time4: 'dueAt' } },
  completedAwaitingRating: { title: '办理结果通知', ids: ids('completedAwaitingRating'), page: CASE_PAGE, keywords: { thing1: 'summary', thing2: 'note', phrase3: 'status', time4: 'time' } },
  reopened: { title: '事项重办通知', ids: ids('reopened'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', phrase3: 'status', time4: 'dueAt' } },
  referred: { title: '事项转交通知', ids: ids('referred'), page: CASE_PAGE, keywords: { thing1: 'summary', thing2: 'unit', thing3: 'note', time4: 'time' } },
  merged: { title: '事项合并通知', ids: ids('merged'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', thing3: 'note', phrase4: 'status' } },
  rateReminder: { title: '服务评价提醒', ids: ids('rateReminder'), page: CASE_PAGE, keywords: { thing1: 'summary', phrase2: 'status', time3: 'time' } },
  newAssignment: { title: '新工单提醒', ids: ids('newAssignment'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', time3: 'dueAt', thing4: 'note' } },
  dueSoon: { title: '工单即将到期提醒', ids: ids('dueSoon'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', time3: 'dueAt' } },
  overdue: { title: '工单超期提醒', ids: ids('overdue'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', time3: 'dueAt', phrase4: 'status' } },
  urgent: { title: '紧急事项提醒', ids: ids('urgent'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', thing3: 'note', time4: 'time' } },
  overdueStaff: { title: '工单超期提醒', ids: ids('overdueStaff'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', thing3: 'unit', time4: 'dueAt' } },
  contentReview: { title: '内容审核提醒', ids: ids('contentReview'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', thing3: 'note', time4: 'time' } },
  overdueSupervision: { title: '超期督办提醒', ids: ids('overdueSupervision'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', thing3: 'unit', time4: 'dueAt' } },
  extensionRequested: { title: '延期申请提醒', ids: ids('extensionRequested'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', thing3: 'unit', thing4: 'note', time5: 'dueAt' } },
  returned: { title: '工单退回提醒', ids: ids('returned'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', thing3: 'unit', thing4: 'note', time5: 'time' } },
  completedForReview: { title: '工单办结提醒', ids: ids('completedForReview'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', thing3: 'unit', thing4: 'note', time5: 'time' } },
  followUpDue: { title: '回访提醒', ids: ids('followUpDue'), page: CASE_PAGE, keywords: { character_string1: 'caseNo', thing2: 'summary', thing3: 'note', time4: 'time' } },
  minutesOverdue: { title: '督办提醒', ids: ids('minutesOverdue'), page: MEETING_PAGE, keywords: { thing1: 'summary', time2: 'time', thing3: 'place' } },
  meetingTomorrow: { title: '会议提醒', ids: ids('meetingTomorrow'), page: MEETING_PAGE, keywords: { thing1: 'summary', time2: 'time', thing3: 'place' } },
  topicOpened: { title: '意见征集通知', ids: ids('topicOpened'), page: 'pages/index/index', keywords: { thing1: 'summary', thing2: 'note', time3: 'dueAt' } },
}

/** The template a notice kind uses in an environment, and its kind back from an id (for consent results). */
export function templateIdOf(kind: NoticeKind, env: TemplateEnvironment): string {
  return SUBSCRIBE_TEMPLATES[kind].ids[env]
}

export function kindsOfTemplateId(templateId: string, env: TemplateEnvironment): NoticeKind[] {
  return (Object.keys(SUBSCRIBE_TEMPLATES) as NoticeKind[]).filter((k) => SUBSCRIBE_TEMPLATES[k].ids[env] === templateId)
}

// Every workflow action's form, keyed by action name. The case page shows a button for each action the server
// allows (allowedActions) that has a form here; 评价 by the petitioner has its own big panel (RatePanel).
import type { CaseAction } from '@core/domain/transitions'
import type { CaseView } from '@core/contracts/views'
import { LEVEL_LABELS } from '@core/domain/case'
import AssignForm, { assignPrefill } from './AssignForm'
import { confirmForm } from './ConfirmForm'
import ExtensionForm from './ExtensionForm'
import FollowUpForm from './FollowUpForm'
import MergeForm from './MergeForm'
import { noteForm } from './NoteForm'
import PublishForm from './PublishForm'
import PutOnAgendaForm, { agendaPrefill } from './PutOnAgendaForm'
import RecordDecisionForm from './RecordDecisionForm'
import ReferForm from './ReferForm'
import { resultForm } from './ResultForm'
import TriageForm from './TriageForm'
import type { ActionFormEntry } from './form-types'

const triagePrefill = (item: CaseView) => ({
  category: item.category ?? item.suggestion?.category,
  urgency: item.suggestion?.urgent ? 'urgent' : item.urgency,
  unitId: item.unitId ?? item.suggestion?.unitId,
})

export const ACTION_FORMS: Partial<Record<CaseAction, ActionFormEntry>> = {
  triage: { Form: TriageForm, prefill: triagePrefill },
  resolveOnSpot: { Form: resultForm('当场解决', '已当场解决') },
  putOnAgenda: { Form: PutOnAgendaForm, prefill: agendaPrefill },
  recordDecision: { Form: RecordDecisionForm },
  assign: { Form: AssignForm, prefill: assignPrefill },
  mergeDuplicate: { Form: MergeForm, secondary: true },
  refer: { Form: ReferForm, secondary: true },
  accept: { Form: confirmForm({ title: '接收办理', submitText: '确认接收', explain: ({ item }) => `接收后开始计时，请在${item.dueAt ? '时限内' : '规定时间内'}办好并上传结果。` }) },
  progress: { Form: noteForm({ title: '办理进展', label: '进展情况', placeholder: '今天做了什么，还差什么', submitText: '报告进展', photos: true }) },
  complete: { Form: resultForm('办结', '确认办结') },
  requestExtension: { Form: ExtensionForm, secondary: true },
  returnToStaff: { Form: noteForm({ title: '退回社区', label: '退回原因', placeholder: '为什么不属于本单位职责', submitText: '确认退回' }), secondary: true },
  approveExtension: { Form: confirmForm({ title: '同意延期', submitText: '同意延期', explain: ({ timeline }) => {
    const request = [...timeline].reverse().find((event) => event.action === 'requestExtension')
    const days = request?.data?.days
    return `同意后办理时限顺延${typeof days === 'number' ? ` ${days} 个工作日` : ''}。${request?.note ? `申请理由：${request.note}` : ''}`
  } }) },
  denyExtension: { Form: noteForm({ title: '不同意延期', label: '不同意的理由', placeholder: '告诉承办单位为什么', submitText: '确认不同意' }), secondary: true },
  publish: { Form: PublishForm, prefill: (item) => ({ publishedResult: item.result ?? '' }) },
  recordFollowUp: { Form: FollowUpForm, prefill: () => ({ method: 'phone' }) },
  supervise: { Form: noteForm({ title: '督办记录', label: '督办情况', placeholder: '查看了什么，发现什么问题，提了什么要求', submitText: '保存督办记录', photos: true }) },
  escalate: { Form: confirmForm({ title: '提级督办', submitText: '确认提级', explain: ({ item }) => `办理层级将提高一级（现为${LEVEL_LABELS[item.level ?? 'community']}），督办组会收到通知。` }), secondary: true },
  close: { Form: confirmForm({ title: '结案', submitText: '确认结案', explain: () => '说事人已评价，确认结案后这件事办理完毕。' }) },
}

/** The actions a caller may take now that have a form, main ones first. */
export function actionsWithForms(allowed: readonly CaseAction[]): CaseAction[] {
  const usable = allowed.filter((action) => ACTION_FORMS[action])
  return [...usable.filter((action) => !ACTION_FORMS[action]!.secondary), ...usable.filter((action) => ACTION_FORMS[action]!.secondary)]
}

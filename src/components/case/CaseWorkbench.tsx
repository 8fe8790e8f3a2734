// One case as every role works on it: what was said, where it is in the six steps, what each role needs to act
// (the classifier's suggestion for staff, the petitioner's contact for those who handle it, meeting, unit, deadline),
// the actions the server allows with their forms, and the whole record. Used by the case page and, at a desk,
// beside the work queue.
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { STATUS_STEP, isInGroup } from '@core/domain/case-status'
import { CHANNEL_LABELS } from '@core/domain/case'
import CaseAttachments from '@/components/CaseAttachments'
import RatePanel from '@/components/RatePanel'
import StatusMessage from '@/components/StatusMessage'
import StepFlow from '@/components/StepFlow'
import SubscribeButton from '@/components/SubscribeButton'
import Timeline from '@/components/Timeline'
import SuggestionBox from '@/components/actions/SuggestionBox'
import { formatShanghaiTime } from '@/services/time'
import { NEEDS_TRANSCRIPT_LABEL } from '@core/domain/voice'
import { useShuoshiStore } from '@/stores'
import ActionBar from './ActionBar'
import ContentReviewNotice from './ContentReviewNotice'
import HandlingFacts from './HandlingFacts'
import PetitionerContact from './PetitionerContact'
import { skippedSteps } from './skipped-steps'
import '@/components/actions/ActionForm.scss'
import './CaseWorkbench.scss'

interface Props {
  caseId: string
  /** Load the case when mounted or when caseId changes (beside the queue); the case page loads it on show. */
  autoLoad?: boolean
}

export default function CaseWorkbench({ caseId, autoLoad = false }: Props) {
  const detail = useShuoshiStore((state) => state.details[caseId])
  const error = useShuoshiStore((state) => state.detailError)
  const user = useShuoshiStore((state) => state.user)
  const rate = useShuoshiStore((state) => (state.rate.caseId === caseId ? state.rate : undefined))
  const loadCase = useShuoshiStore((state) => state.loadCase)

  useEffect(() => {
    if (autoLoad && caseId) void loadCase(caseId)
  }, [autoLoad, caseId, loadCase])

  if (!detail) {
    return <StatusMessage loading={!error && Boolean(caseId)} error={caseId ? error : '找不到这件事项'} onRetry={() => void loadCase(caseId)} />
  }

  const item = detail.case
  const role = user?.role
  const isWorker = Boolean(role && role !== 'resident')
  const isPetitioner = Boolean(user?.userId) && item.petitioner.userId === user?.userId
  const seesContact = isWorker && role !== 'supervisor' && !item.petitioner.name.includes('*')
  const seesSuggestion = (role === 'staff' || role === 'admin') && item.suggestion && (item.status === 'submitted' || item.status === 'triaged')
  const stillMoving = !isInGroup(item.status, 'closed') && item.status !== 'rated'
  const canRate = item.allowedActions.includes('rate')
  return (
    <View className='case'>
      <View className='case__status'>
        {item.stepLabel} · {item.statusLabel}
        {item.urgency === 'urgent' && isWorker ? <View className='case__urgent'>紧急</View> : null}
        {item.overdue ? <View className='case__overdue'>已超期</View> : null}
        {item.needsTranscript && isWorker ? <View className='case__voice'>{NEEDS_TRANSCRIPT_LABEL}</View> : null}
      </View>
      <StepFlow compact current={STATUS_STEP[item.status]} skipped={skippedSteps(item, detail.timeline)} />
      <View className='case__meta'>
        编号 {item.caseNo} · {formatShanghaiTime(item.createdAt)}
        {isWorker ? ` · ${CHANNEL_LABELS[item.channel]}` : ''}
        {item.categoryLabel ? ` · ${item.categoryLabel}` : ''}
      </View>
      <ContentReviewNotice caseId={item.id} holds={detail.contentReview} />
      <View className='case__text'>{item.text}</View>
      <CaseAttachments attachments={item.attachments} />
      {seesContact ? <PetitionerContact item={item} /> : null}
      {seesSuggestion ? <SuggestionBox suggestion={item.suggestion!} /> : null}
      <HandlingFacts item={item} timeline={detail.timeline} isWorker={isWorker} />

      <ActionBar item={item} timeline={detail.timeline} />

      {rate?.done ? <View className='case__notice'>{rate.done}</View> : null}
      {rate?.error ? <View className='error-text'>{rate.error}</View> : null}
      {canRate ? <RatePanel key={`${item.id}-${item.version}`} caseId={item.id} /> : null}
      {isPetitioner && stillMoving && !canRate ? <SubscribeButton /> : null}

      <View className='section'>
        <View className='section__title'>办理记录</View>
        <Timeline events={detail.timeline} />
      </View>
    </View>
  )
}

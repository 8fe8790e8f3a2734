// One case: what was said, where it is in the six steps, and its record (timeline). The petitioner can also turn on
// progress reminders (订阅消息) and, once the result is published, rate it (评价).
import { useDidShow, useLoad, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { STATUS_STEP, isInGroup } from '@core/domain/case-status'
import { RATING_LABELS } from '@core/domain/case'
import RatePanel from '@/components/RatePanel'
import StatusMessage from '@/components/StatusMessage'
import StepFlow from '@/components/StepFlow'
import SubscribeButton from '@/components/SubscribeButton'
import Timeline from '@/components/Timeline'
// After the components that use BigButton: one CSS order across pages (PlayButton's styles come after BigButton's).
import CaseAttachments from '@/components/CaseAttachments'
import { formatShanghaiTime } from '@/services/time'
import { useShuoshiStore } from '@/stores'
import './index.scss'

export default function CasePage() {
  const caseId = useRouter().params.id ?? ''
  const detail = useShuoshiStore((state) => state.details[caseId])
  const error = useShuoshiStore((state) => state.detailError)
  const userId = useShuoshiStore((state) => state.user?.userId)
  const rate = useShuoshiStore((state) => (state.rate.caseId === caseId ? state.rate : undefined))
  const loadCase = useShuoshiStore((state) => state.loadCase)
  const loadSession = useShuoshiStore((state) => state.loadSession)
  const resetRate = useShuoshiStore((state) => state.resetRate)

  useLoad(() => {
    resetRate()
    // Opened from a pushed message, the app starts on this page: find out who is reading it.
    if (useShuoshiStore.getState().sessionStatus === 'unknown') void loadSession()
  })

  useDidShow(() => {
    if (caseId) void loadCase(caseId)
  })

  if (!detail) {
    return (
      <View className='page'>
        <StatusMessage loading={!error && Boolean(caseId)} error={caseId ? error : '找不到这件事项'} onRetry={() => void loadCase(caseId)} />
      </View>
    )
  }

  const item = detail.case
  const isPetitioner = Boolean(userId) && item.petitioner.userId === userId
  const stillMoving = !isInGroup(item.status, 'closed') && item.status !== 'rated'
  const canRate = item.allowedActions.includes('rate')
  return (
    <View className='page case'>
      <View className='case__status'>
        {item.stepLabel} · {item.statusLabel}
        {item.overdue ? '（已超期）' : ''}
      </View>
      <StepFlow compact current={STATUS_STEP[item.status]} />
      <View className='case__meta'>
        编号 {item.caseNo} · {formatShanghaiTime(item.createdAt)}
      </View>
      <View className='case__text'>{item.text}</View>
      <CaseAttachments attachments={item.attachments} />
      {item.unitName ? <View className='case__line'>承办单位：{item.unitName}</View> : null}
      {item.dueAt ? <View className='case__line'>办理时限：{formatShanghaiTime(item.dueAt)}</View> : null}
      {item.publishedResult ? <View className='case__line'>办理结果：{item.publishedResult}</View> : null}
      {item.rating ? (
        <View className='case__line'>
          您的评价：{RATING_LABELS[item.rating.value]}
          {item.rating.comment ? `（${item.rating.comment}）` : ''}
        </View>
      ) : null}

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

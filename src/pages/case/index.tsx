// One case: what was said, where it is in the six steps, and its record (timeline).
import { useDidShow, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { STATUS_STEP } from '@core/domain/case-status'
import StatusMessage from '@/components/StatusMessage'
import StepFlow from '@/components/StepFlow'
import Timeline from '@/components/Timeline'
import { formatShanghaiTime } from '@/services/time'
import { useShuoshiStore } from '@/stores'
import './index.scss'

export default function CasePage() {
  const caseId = useRouter().params.id ?? ''
  const detail = useShuoshiStore((state) => state.details[caseId])
  const error = useShuoshiStore((state) => state.detailError)
  const loadCase = useShuoshiStore((state) => state.loadCase)

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
      {item.unitName ? <View className='case__line'>承办单位：{item.unitName}</View> : null}
      {item.dueAt ? <View className='case__line'>办理时限：{formatShanghaiTime(item.dueAt)}</View> : null}
      {item.publishedResult ? <View className='case__line'>办理结果：{item.publishedResult}</View> : null}

      <View className='section'>
        <View className='section__title'>办理记录</View>
        <Timeline events={detail.timeline} />
      </View>
    </View>
  )
}

// One case in a list: number, status and step, first line of what was said.
import { View } from '@tarojs/components'
import type { CaseView } from '@core/contracts/views'
import { STATUS_LABELS, STATUS_STEP, STEP_LABELS } from '@core/domain/case-status'
import { formatShanghaiTime } from '@/services/time'
import { firstLine } from '@/stores/selectors'
import './CaseCard.scss'

export default function CaseCard({ item, onOpen }: { item: CaseView; onOpen: (caseId: string) => void }) {
  const status = item.statusLabel || STATUS_LABELS[item.status]
  const step = item.stepLabel || STEP_LABELS[STATUS_STEP[item.status]]
  return (
    <View className='case-card' hoverClass='case-card--pressed' onClick={() => onOpen(item.id)}>
      <View className='case-card__head'>
        <View className='case-card__status'>
          {step} · {status}
        </View>
        {item.overdue ? <View className='case-card__overdue'>已超期</View> : null}
      </View>
      <View className='case-card__text'>{firstLine(item.text)}</View>
      <View className='case-card__meta'>
        编号 {item.caseNo} · {formatShanghaiTime(item.createdAt)}
      </View>
    </View>
  )
}

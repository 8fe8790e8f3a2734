// One case in a list: number, status and step, first line of what was said. For workers also 紧急 on an open urgent
// case, the unit and the deadline countdown (还剩 3 个工作日 / 今天到期 / 已超期 2 个工作日), 语音待转写 for a recording
// that waits for its gist, and 需尽快核实 while the classifier suspects an emergency in a case not yet sorted; at a
// desk the case open beside the list is marked.
import { View } from '@tarojs/components'
import type { CaseSummary } from '@core/contracts/views'
import { STATUS_LABELS, STATUS_STEP, STEP_LABELS, isOpen } from '@core/domain/case-status'
import { LEVEL_LABELS } from '@core/domain/case'
import { NEEDS_TRANSCRIPT_LABEL } from '@core/domain/voice'
import { caseCountdown } from '@/components/work/countdown'
import { formatShanghaiTime } from '@/services/time'
import { firstLine } from '@/stores/selectors'
import './CaseCard.scss'

interface Props {
  item: CaseSummary
  onOpen: (caseId: string) => void
  /** Workers: the unit and the deadline countdown. */
  worker?: boolean
  /** The case shown beside the list (desk width). */
  selected?: boolean
}

export default function CaseCard({ item, onOpen, worker = false, selected = false }: Props) {
  const status = item.statusLabel || STATUS_LABELS[item.status]
  const step = item.stepLabel || STEP_LABELS[STATUS_STEP[item.status]]
  const countdown = worker ? caseCountdown(item) : undefined
  const escalated = worker && item.escalations > 0 ? `提级督办 ${item.escalations} 次${item.level ? `（${LEVEL_LABELS[item.level]}）` : ''}` : undefined
  return (
    <View className={`case-card${selected ? ' case-card--selected' : ''}`} hoverClass='case-card--pressed' onClick={() => onOpen(item.id)}>
      <View className='case-card__head'>
        <View className='case-card__status'>
          {step} · {status}
        </View>
        {worker && item.urgency === 'urgent' && isOpen(item) ? <View className='case-card__urgent'>紧急</View> : null}
        {item.overdue ? <View className='case-card__overdue'>已超期</View> : null}
        {worker && item.needsTranscript ? <View className='case-card__voice'>{NEEDS_TRANSCRIPT_LABEL}</View> : null}
      </View>
      {worker && item.checkSoon ? <View className='case-card__check-soon'>需尽快核实：疑似{item.checkSoon}</View> : null}
      <View className='case-card__text'>{firstLine(item.summary)}</View>
      {countdown || escalated || (worker && item.unitName) ? (
        <View className='case-card__work'>
          {countdown ? <View className={`case-card__countdown case-card__countdown--${countdown.tone}`}>{countdown.text}</View> : null}
          {worker && item.unitName ? <View className='case-card__unit'>承办：{item.unitName}</View> : null}
          {escalated ? <View className='case-card__escalated'>{escalated}</View> : null}
        </View>
      ) : null}
      <View className='case-card__meta'>
        编号 {item.caseNo} · {formatShanghaiTime(item.createdAt)}
      </View>
    </View>
  )
}

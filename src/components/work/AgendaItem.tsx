// One case on the 议事会 agenda: 待上会 / 已议定, what it is about, and the decision once recorded.
import { View } from '@tarojs/components'
import type { CaseSummary } from '@core/contracts/views'
import './AgendaItem.scss'

interface Props {
  item: CaseSummary
  onOpen: (caseId: string) => void
  selected?: boolean
}

export default function AgendaItem({ item, onOpen, selected = false }: Props) {
  const decided = item.status === 'deliberated' || Boolean(item.meeting?.decision)
  return (
    <View className={`agenda-item${selected ? ' agenda-item--selected' : ''}`} hoverClass='agenda-item--pressed' onClick={() => onOpen(item.id)}>
      <View className='agenda-item__head'>
        <View className={`agenda-item__state${decided ? ' agenda-item__state--decided' : ''}`}>{decided ? '已议定' : '待上会'}</View>
        {item.categoryLabel ? <View className='agenda-item__category'>{item.categoryLabel}</View> : null}
      </View>
      <View className='agenda-item__text'>{item.summary}</View>
      {item.meeting?.decision ? <View className='agenda-item__decision'>决议：{item.meeting.decision}</View> : null}
      <View className='agenda-item__meta'>编号 {item.caseNo}</View>
    </View>
  )
}

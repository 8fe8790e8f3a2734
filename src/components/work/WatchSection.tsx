// One section of the 督办 view (已超期, 即将到期, 已提级督办, 待结案): its title and count, then the cases with their
// countdown and unit.
import { View } from '@tarojs/components'
import type { CaseSummary } from '@core/contracts/views'
import CaseCard from '../CaseCard'
import './WatchSection.scss'

interface Props {
  title: string
  items: CaseSummary[]
  /** Said when the section is empty. */
  none: string
  tone?: 'alarm' | 'plain'
  onOpen: (caseId: string) => void
  chosen?: string
}

export default function WatchSection({ title, items, none, tone = 'plain', onOpen, chosen }: Props) {
  return (
    <View className={`watch-section watch-section--${tone}`}>
      <View className='watch-section__title'>
        {title}
        <View className='watch-section__count'>{items.length} 件</View>
      </View>
      {items.length === 0 ? <View className='watch-section__none'>{none}</View> : null}
      {items.map((item) => (
        <CaseCard key={item.id} item={item} onOpen={onOpen} worker selected={item.id === chosen} />
      ))}
    </View>
  )
}

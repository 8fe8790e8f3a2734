// A row of big-number cards (label, value, a note), two to a row on a phone and four at a desk; an alarm card is red.
import { View } from '@tarojs/components'

export interface StatsCard {
  key: string
  label: string
  value: string
  note?: string
  alarm?: boolean
}

export default function StatsCards({ cards }: { cards: readonly StatsCard[] }) {
  return (
    <View className='stats-cards'>
      {cards.map((card) => (
        <View key={card.key} className={`stats-card${card.alarm ? ' stats-card--alarm' : ''}`}>
          <View className='stats-card__label'>{card.label}</View>
          <View className='stats-card__value'>{card.value}</View>
          {card.note ? <View className='stats-card__note'>{card.note}</View> : null}
        </View>
      ))}
    </View>
  )
}

// A topic's options as big tappable rows (one choice): the chosen one is marked 已选. Used by the resident's answer
// page and by the grid worker's door-to-door rows.
import { View } from '@tarojs/components'
import type { TopicOption } from '@core/domain/topic'
import './TopicOptions.scss'

interface Props {
  options: TopicOption[]
  chosen?: string
  onChoose: (optionId: string) => void
  /** Smaller rows (a grid worker's list of households). */
  compact?: boolean
}

export default function TopicOptions({ options, chosen, onChoose, compact = false }: Props) {
  return (
    <View className={`topic-options${compact ? ' topic-options--compact' : ''}`}>
      {options.map((option) => (
        <View
          key={option.id}
          className={`topic-options__item${option.id === chosen ? ' topic-options__item--chosen' : ''}`}
          hoverClass='topic-options__item--pressed'
          onClick={() => onChoose(option.id)}
        >
          <View className='topic-options__mark'>{option.id === chosen ? '●' : '○'}</View>
          <View className='topic-options__label'>{option.label}</View>
          {option.id === chosen ? <View className='topic-options__chosen'>已选</View> : null}
        </View>
      ))}
    </View>
  )
}

// Big tappable choices (社区, 楼栋, 门牌) for older users: one or two to a row, each at least 112rpx high.
// Once something is chosen the list folds into one line with a button to choose again.
import { View } from '@tarojs/components'
import './ChoiceGrid.scss'

export interface Choice {
  key: string
  text: string
  hint?: string
}

interface GridProps {
  choices: Choice[]
  onChoose: (key: string) => void
  /** 1 for long names (communities), 2 for short ones (buildings, rooms). */
  columns?: 1 | 2
}

export default function ChoiceGrid({ choices, onChoose, columns = 2 }: GridProps) {
  return (
    <View className={`choice-grid choice-grid--${columns}`}>
      {choices.map((choice) => (
        <View key={choice.key} className='choice-grid__item' hoverClass='choice-grid__item--pressed' onClick={() => onChoose(choice.key)}>
          <View className='choice-grid__text'>{choice.text}</View>
          {choice.hint ? <View className='choice-grid__hint'>{choice.hint}</View> : null}
        </View>
      ))}
    </View>
  )
}

interface ChosenProps {
  text: string
  /** The button's words, e.g. 换社区; no button without it (nothing else to choose). */
  change?: string
  onChange?: () => void
}

/** What was chosen, in one line, and a button to choose again. */
export function Chosen({ text, change, onChange }: ChosenProps) {
  return (
    <View className='choice-chosen'>
      <View className='choice-chosen__text'>{text}</View>
      {change && onChange ? (
        <View className='choice-chosen__change' hoverClass='choice-chosen__change--pressed' onClick={onChange}>
          {change}
        </View>
      ) : null}
    </View>
  )
}

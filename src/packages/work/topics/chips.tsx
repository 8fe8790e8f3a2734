// A row of tappable chips: one choice (or several with `multiple`), for the topic form's short choices.
import { View } from '@tarojs/components'

export interface Chip {
  key: string
  text: string
}

interface Props {
  chips: Chip[]
  chosen: readonly string[]
  onToggle: (key: string) => void
}

export default function Chips({ chips, chosen, onToggle }: Props) {
  return (
    <View className='topic-chips'>
      {chips.map((chip) => (
        <View
          key={chip.key}
          className={`topic-chips__chip${chosen.includes(chip.key) ? ' topic-chips__chip--on' : ''}`}
          hoverClass='topic-chips__chip--pressed'
          onClick={() => onToggle(chip.key)}
        >
          {chosen.includes(chip.key) ? '✓ ' : ''}
          {chip.text}
        </View>
      ))}
    </View>
  )
}

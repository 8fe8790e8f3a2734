// A row of choices of which one is chosen (电话说事 / 来访说事 / 意见箱).
import { View } from '@tarojs/components'
import './Segments.scss'

interface Props {
  options: { key: string; label: string }[]
  chosen?: string
  onChoose: (key: string) => void
}

export default function Segments({ options, chosen, onChoose }: Props) {
  return (
    <View className='segments'>
      {options.map((option) => (
        <View key={option.key} className={`segments__item${option.key === chosen ? ' segments__item--chosen' : ''}`} onClick={() => onChoose(option.key)}>
          {option.label}
        </View>
      ))}
    </View>
  )
}

// A large tappable tick with its sentence (the whole row is the target), and its message when it must be ticked.
import { View } from '@tarojs/components'
import './TickBox.scss'

interface Props {
  checked: boolean
  text: string
  onChange: (checked: boolean) => void
  error?: string
}

export default function TickBox({ checked, text, onChange, error }: Props) {
  return (
    <View className='tick-box'>
      <View className={`tick-box__row${checked ? ' tick-box__row--checked' : ''}`} onClick={() => onChange(!checked)}>
        <View className='tick-box__mark'>{checked ? '✓' : ''}</View>
        <View className='tick-box__text'>{text}</View>
      </View>
      {error ? <View className='intake-error'>{error}</View> : null}
    </View>
  )
}

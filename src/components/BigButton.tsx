// A large, easy-to-hit button (≥ 96rpx high, 40rpx text) for older users.
import { View } from '@tarojs/components'
import './BigButton.scss'

interface Props {
  text: string
  onClick: () => void
  kind?: 'primary' | 'secondary' | 'plain'
  disabled?: boolean
  hint?: string
}

export default function BigButton({ text, onClick, kind = 'primary', disabled = false, hint }: Props) {
  return (
    <View
      className={`big-button big-button--${kind}${disabled ? ' big-button--disabled' : ''}`}
      hoverClass='big-button--pressed'
      onClick={() => {
        if (!disabled) onClick()
      }}
    >
      <View className='big-button__text'>{text}</View>
      {hint ? <View className='big-button__hint'>{hint}</View> : null}
    </View>
  )
}

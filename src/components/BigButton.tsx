// A large, easy-to-hit button (≥ 96rpx high, 40rpx text) for older users.
import { View } from '@tarojs/components'
import './BigButton.scss'

interface Props {
  text: string
  onClick: () => void
  kind?: 'primary' | 'secondary' | 'plain'
  disabled?: boolean
  hint?: string
  /** A count in a red circle at the top right (e.g. unread notices); hidden when 0 or absent. */
  badge?: number
}

export default function BigButton({ text, onClick, kind = 'primary', disabled = false, hint, badge }: Props) {
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
      {badge && badge > 0 ? <View className='big-button__badge'>{badge > 99 ? '99+' : badge}</View> : null}
    </View>
  )
}

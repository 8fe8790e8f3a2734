// Admins choose the whole street or one of its communities.
import { View } from '@tarojs/components'

interface Props {
  communities: Array<{ id: string; name: string }>
  chosen?: string
  onChoose: (communityId?: string) => void
}

export default function ScopePicker({ communities, chosen, onChoose }: Props) {
  const options = [{ id: '', name: '全街道' }, ...communities]
  return (
    <View className='stats-chips'>
      {options.map((option) => {
        const on = (chosen ?? '') === option.id
        return (
          <View key={option.id || 'street'} className={`stats-chip${on ? ' stats-chip--on' : ''}`} hoverClass='stats-chip--pressed' onClick={() => onChoose(option.id || undefined)}>
            {option.name}
          </View>
        )
      })}
    </View>
  )
}

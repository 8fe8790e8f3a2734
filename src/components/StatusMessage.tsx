// Loading, empty and error states in a few plain words, with a retry button on errors.
import { View } from '@tarojs/components'
import BigButton from './BigButton'
import './StatusMessage.scss'

interface Props {
  loading?: boolean
  error?: string
  empty?: string
  onRetry?: () => void
}

export default function StatusMessage({ loading, error, empty, onRetry }: Props) {
  if (loading) return <View className='status-message'>正在加载…</View>
  if (error) {
    return (
      <View className='status-message status-message--error'>
        <View>{error}</View>
        {onRetry ? <BigButton kind='plain' text='再试一次' onClick={onRetry} /> : null}
      </View>
    )
  }
  if (empty) return <View className='status-message'>{empty}</View>
  return null
}

// 有新的定题说事时提醒我: one tap asks WeChat for the topicOpened template (one more push allowed per accept), then
// records the answer. The template id is fetched when the button appears: WeChat opens its dialog only when asked
// inside the tap itself, before anything is awaited.
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import BigButton from '@/components/BigButton'
import { useSubscribeTap } from '@/components/work/use-subscribe-tap'
import { useShuoshiStore } from '@/stores'
import '@/components/SubscribeButton.scss'

export default function TopicSubscribeButton() {
  const loadTemplates = useShuoshiStore((state) => state.loadTemplates)
  const subscribeToTopics = useShuoshiStore((state) => state.subscribeToTopics)
  const { busy, result, tap } = useSubscribeTap(subscribeToTopics)
  useEffect(() => void loadTemplates(), [loadTemplates])
  return (
    <View className='subscribe'>
      <BigButton kind='plain' text={busy ? '正在开启提醒…' : '有新的定题说事时提醒我'} onClick={tap} />
      {result ? <View className={`subscribe__message${result.ok ? ' subscribe__message--ok' : ''}`}>{result.message}</View> : null}
    </View>
  )
}

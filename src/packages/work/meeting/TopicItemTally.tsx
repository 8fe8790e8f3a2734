// A 定题说事 item of the meeting: the topic's question, period and status, and its tally (by option, by building,
// the comments) as the topic itself counts it, for the meeting to take up.
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { TopicView } from '@core/contracts/topic-views'
import TopicTallyView from '@/packages/work/topic/TopicTallyView'
import { useShuoshiStore } from '@/stores'
import '@/packages/work/topic/index.scss'

export default function TopicItemTally({ topicId }: { topicId: string }) {
  const loadAgendaTopic = useShuoshiStore((state) => state.loadAgendaTopic)
  const [topic, setTopic] = useState<TopicView>()
  useEffect(() => void loadAgendaTopic(topicId).then(setTopic), [loadAgendaTopic, topicId])
  if (!topic) return null
  return (
    <View className='meeting-topic'>
      <View className='meeting-note'>
        {topic.statusLabel} · {topic.periodLabel} · {topic.audienceLabel}
      </View>
      {topic.tally ? <TopicTallyView tally={topic.tally} options={topic.options} comments={topic.comments ?? []} /> : null}
    </View>
  )
}

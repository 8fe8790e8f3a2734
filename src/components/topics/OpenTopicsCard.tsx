// 定题说事 on a resident's home page: the open topics asking their building, in large type, each with 去发表意见 (or
// 已发表意见，可修改 once answered). Nothing at all when there is none.
import { View } from '@tarojs/components'
import type { TopicSummary } from '@core/contracts/topic-views'
import './OpenTopicsCard.scss'

interface Props {
  topics: TopicSummary[]
  onOpen: (topicId: string) => void
}

export default function OpenTopicsCard({ topics, onOpen }: Props) {
  if (topics.length === 0) return null
  return (
    <View className='open-topics'>
      <View className='open-topics__title'>定题说事 · 社区想听听您的意见</View>
      {topics.map((topic) => (
        <View key={topic.id} className='open-topics__item' hoverClass='open-topics__item--pressed' onClick={() => onOpen(topic.id)}>
          <View className='open-topics__question'>{topic.question}</View>
          <View className='open-topics__meta'>
            {topic.periodLabel}
            {topic.perHousehold ? ' · 每户一份意见' : ''}
          </View>
          <View className={`open-topics__action${topic.answered ? ' open-topics__action--done' : ''}`}>
            {topic.answered ? '✓ 已发表意见，可修改' : '去发表意见 ›'}
          </View>
        </View>
      ))}
    </View>
  )
}

// 公示栏: the published results of 定题说事 — the question, the period, the conclusion, and the counts per option
// with the turnout; never a name. Nothing at all when no result is published.
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { useShuoshiStore } from '@/stores'
import './BoardTopicResults.scss'

export default function BoardTopicResults() {
  const communityId = useShuoshiStore((state) => state.community?.id)
  const results = useShuoshiStore((state) => state.topicResults)
  const loadResults = useShuoshiStore((state) => state.loadTopicResults)

  useEffect(() => {
    if (communityId) void loadResults(communityId)
  }, [communityId, loadResults])

  const items = results.communityId === communityId ? results.items : []
  if (items.length === 0) return null
  return (
    <View className='board-topics'>
      <View className='board-topics__title'>定题说事结果</View>
      {items.map((item) => (
        <View key={item.id} className='board-topics__item'>
          <View className='board-topics__question'>{item.question}</View>
          <View className='board-topics__meta'>
            征求意见 {item.periodLabel} · 参与 {item.answers}/{item.eligible} {item.unit === 'household' ? '户' : '人'}（{item.turnoutPercent}%）
          </View>
          {item.options.map((option) => (
            <View key={option.id} className='board-topics__option'>
              <View className='board-topics__option-label'>{option.label}</View>
              <View className='board-topics__bar'>
                <View className='board-topics__bar-fill' style={{ width: `${option.percent}%` }} />
              </View>
              <View className='board-topics__option-count'>
                {option.count}（{option.percent}%）
              </View>
            </View>
          ))}
          <View className='board-topics__summary'>{item.summary}</View>
        </View>
      ))}
    </View>
  )
}

// The tally of a topic for staff and supervisors: turnout against the eligible residents or households, each
// option with its count and a bar, the count per building, and the residents' comments (names masked).
import { View } from '@tarojs/components'
import type { TopicComment, TopicTally } from '@core/contracts/topic-views'
import type { TopicOption } from '@core/domain/topic'
import { answerTimeLabel } from '@/components/topics/answer-time'

interface Props {
  tally: TopicTally
  options: TopicOption[]
  comments: TopicComment[]
}

export default function TopicTallyView({ tally, options, comments }: Props) {
  const unit = tally.unit === 'household' ? '户' : '人'
  return (
    <View className='topic-tally'>
      <View className='topic-tally__turnout'>
        参与：{tally.answers} / {tally.eligible} {unit}（{tally.turnoutPercent}%）
      </View>
      {tally.options.map((option) => (
        <View key={option.id} className='topic-tally__option'>
          <View className='topic-tally__option-head'>
            <View className='topic-tally__option-label'>{option.label}</View>
            <View className='topic-tally__option-count'>
              {option.count} 份 · {option.percent}%
            </View>
          </View>
          <View className='topic-tally__bar'>
            <View className='topic-tally__bar-fill' style={{ width: `${option.percent}%` }} />
          </View>
        </View>
      ))}

      <View className='topic-tally__subtitle'>按楼栋</View>
      <View className='topic-tally__table'>
        {tally.buildings.map((building) => (
          <View key={building.buildingId} className='topic-tally__row'>
            <View className='topic-tally__building'>{building.name}</View>
            <View className='topic-tally__cells'>
              {building.answers}/{building.eligible} {unit}
              {options.map((option) => ` · ${option.label} ${building.options[option.id] ?? 0}`).join('')}
            </View>
          </View>
        ))}
      </View>

      <View className='topic-tally__subtitle'>居民意见（{tally.comments}）</View>
      {comments.length === 0 ? <View className='topic-tally__empty'>还没有文字意见</View> : null}
      {comments.map((comment, index) => (
        <View key={index} className='topic-tally__comment'>
          <View className='topic-tally__comment-who'>
            {comment.buildingName} {comment.name}
            {comment.optionLabel ? ` · ${comment.optionLabel}` : ''} · {answerTimeLabel(comment.at)}
          </View>
          <View className='topic-tally__comment-text'>{comment.comment}</View>
        </View>
      ))}
    </View>
  )
}

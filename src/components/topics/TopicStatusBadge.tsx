// A topic's status as a small coloured label: 征询中 red, 未开始 amber, 草稿 and 已结束 grey.
import { View } from '@tarojs/components'
import type { TopicStatus } from '@core/domain/topic'
import './TopicStatusBadge.scss'

export default function TopicStatusBadge({ status, label }: { status: TopicStatus; label: string }) {
  return <View className={`topic-status topic-status--${status}`}>{label}</View>
}

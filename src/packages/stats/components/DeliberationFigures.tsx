// 议事与定题说事: meetings held in the period (by kind), attendance, items decided and open, minutes still to publish,
// and each 定题说事 opened in the period with its turnout. Reuses the page's cards and bars.
import { View } from '@tarojs/components'
import { formatRate } from '@core/domain/statistics'
import StatsCards, { type StatsCard } from './StatsCards'
import type { DeliberationFigures as Figures } from '@core/contracts/statistics-views'

export default function DeliberationFigures({ figures }: { figures: Figures }) {
  const cards: StatsCard[] = [
    { key: 'held', label: '召开议事会', value: `${figures.meetingsHeld}`, note: figures.byKind.map((k) => `${k.label} ${k.held}`).join(' · ') },
    { key: 'attendance', label: '到会率', value: formatRate(figures.attendanceRate), note: `应到 ${figures.participants} · 实到 ${figures.present}` },
    { key: 'decided', label: '形成决议', value: `${figures.itemsDecided}`, note: `个议题，另有 ${figures.itemsOpen} 个待议` },
    { key: 'minutes', label: '纪要待公示', value: `${figures.awaitingMinutes}`, note: `场；取消 ${figures.cancelled} 场`, alarm: figures.awaitingMinutes > 0 },
  ]
  return (
    <View className='stats-deliberation'>
      <StatsCards cards={cards} />
      <View className='stats-breakdown stats-deliberation__topics'>
        <View className='stats-breakdown__title'>定题说事 {figures.topics.length} 个</View>
        {figures.topics.length === 0 ? <View className='stats-breakdown__none'>这段时间没有发布定题说事</View> : null}
        {figures.topics.map((topic) => (
          <View key={topic.id} className='stats-bar'>
            <View className='stats-bar__head'>
              <View>{topic.question}</View>
              <View className='stats-bar__count'>{topic.turnoutPercent}%</View>
            </View>
            <View className='stats-bar__track'>
              <View className='stats-bar__fill' style={{ width: `${Math.min(100, topic.turnoutPercent)}%` }} />
            </View>
            <View className='stats-bar__rates'>
              {topic.opensOn}至{topic.closesOn} · 参与 {topic.answers}/{topic.eligible} {topic.unit === 'household' ? '户' : '人'}
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}

// 月度趋势: a column pair per month — 收到 (grey) and 结案 (red) — drawn with plain views, so it looks the same in the
// mini-program and the browser; each column carries its number.
import { View } from '@tarojs/components'
import type { StatisticsView } from '../stats-api'

const MAX_HEIGHT = 240

export default function TrendChart({ months }: { months: StatisticsView['months'] }) {
  const top = Math.max(1, ...months.map((m) => m.figures.received))
  const height = (value: number) => `${Math.round((value / top) * MAX_HEIGHT)}px`
  return (
    <View className='stats-trend'>
      <View className='stats-legend'>
        <View className='stats-legend__item'><View className='stats-legend__swatch stats-legend__swatch--received' />收到</View>
        <View className='stats-legend__item'><View className='stats-legend__swatch stats-legend__swatch--closed' />结案</View>
      </View>
      <View className='stats-trend__plot'>
        {months.map(({ month, figures }) => (
          <View key={month} className='stats-trend__month'>
            <View className='stats-trend__columns'>
              <View className='stats-trend__column'>
                <View className='stats-trend__number'>{figures.received}</View>
                <View className='stats-trend__bar stats-trend__bar--received' style={{ height: height(figures.received) }} />
              </View>
              <View className='stats-trend__column'>
                <View className='stats-trend__number'>{figures.closed}</View>
                <View className='stats-trend__bar stats-trend__bar--closed' style={{ height: height(figures.closed) }} />
              </View>
            </View>
            <View className='stats-trend__label'>{Number(month.slice(5, 7))}月</View>
          </View>
        ))}
      </View>
    </View>
  )
}

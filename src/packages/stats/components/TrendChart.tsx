// 月度趋势: a row per month with two bars — 收到 (grey) and 结案 (red) — as long as their counts, and the numbers beside;
// drawn with plain views, so it reads the same in the mini-program and the browser, twelve months on a phone included.
import { View } from '@tarojs/components'
import type { StatisticsView } from '../stats-api'

export default function TrendChart({ months }: { months: StatisticsView['months'] }) {
  const top = Math.max(1, ...months.map((m) => m.figures.received))
  const width = (value: number) => `${value === 0 ? 0 : Math.max(2, Math.round((value / top) * 100))}%`
  return (
    <View className='stats-trend'>
      <View className='stats-legend'>
        <View className='stats-legend__item'><View className='stats-legend__swatch stats-legend__swatch--received' />收到</View>
        <View className='stats-legend__item'><View className='stats-legend__swatch stats-legend__swatch--closed' />结案</View>
      </View>
      {months.map(({ month, figures }, index) => (
        <View key={month}>
          {index === 0 || month.endsWith('-01') ? <View className='stats-trend__year'>{month.slice(0, 4)}年</View> : null}
          <View className='stats-trend__month'>
            <View className='stats-trend__label'>{Number(month.slice(5, 7))}月</View>
            <View className='stats-trend__bars'>
              <View className='stats-trend__bar stats-trend__bar--received' style={{ width: width(figures.received) }} />
              <View className='stats-trend__bar stats-trend__bar--closed' style={{ width: width(figures.closed) }} />
            </View>
            <View className='stats-trend__numbers'>{figures.received} / {figures.closed}</View>
          </View>
        </View>
      ))}
    </View>
  )
}

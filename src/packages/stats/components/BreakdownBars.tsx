// One breakdown (按类别 / 渠道 / 网格 / 承办单位): a bar per value, as long as its cases received, with the rates beside.
import { View } from '@tarojs/components'
import { formatRate } from '@core/domain/statistics'
import type { BreakdownRow } from '@core/contracts/statistics-views'

export default function BreakdownBars({ title, rows }: { title: string; rows: BreakdownRow[] }) {
  const top = Math.max(1, ...rows.map((r) => r.figures.received))
  return (
    <View className='stats-breakdown'>
      <View className='stats-breakdown__title'>{title}</View>
      {rows.length === 0 ? <View className='stats-breakdown__none'>本期没有事项</View> : null}
      {rows.map((row) => (
        <View key={row.key} className='stats-bar'>
          <View className='stats-bar__head'>
            <View className='stats-bar__label'>{row.label}</View>
            <View className='stats-bar__count'>{row.figures.received} 件</View>
          </View>
          <View className='stats-bar__track'>
            <View className='stats-bar__fill' style={{ width: `${Math.max(2, Math.round((row.figures.received / top) * 100))}%` }} />
          </View>
          <View className='stats-bar__rates'>
            结案率 {formatRate(row.figures.closureRate)} · 按时 {formatRate(row.figures.onTimeRate)} · 满意 {formatRate(row.figures.satisfactionRate)}
          </View>
        </View>
      ))}
    </View>
  )
}

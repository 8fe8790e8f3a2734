// 统计期间: presets (本月, 近3个月, 近12个月, this year, last year) and the start and end months, each moved a month at a
// time with big ◀ ▶ buttons (an end before the start is refused by the server in plain words).
import { View } from '@tarojs/components'
import { monthLabel, presets, shiftMonth, type Period } from '../period'

interface Props {
  period: Period
  now: Date
  onChange: (period: Period) => void
}

function Stepper({ label, month, onMove }: { label: string; month: string; onMove: (by: number) => void }) {
  return (
    <View className='stats-period__stepper'>
      <View className='stats-period__label'>{label}</View>
      <View className='stats-period__arrow' hoverClass='stats-chip--pressed' onClick={() => onMove(-1)}>◀</View>
      <View className='stats-period__month'>{monthLabel(month)}</View>
      <View className='stats-period__arrow' hoverClass='stats-chip--pressed' onClick={() => onMove(1)}>▶</View>
    </View>
  )
}

export default function PeriodPicker({ period, now, onChange }: Props) {
  return (
    <View className='stats-period'>
      <View className='stats-chips'>
        {presets(now).map((preset) => {
          const on = preset.period.fromMonth === period.fromMonth && preset.period.toMonth === period.toMonth
          return (
            <View key={preset.key} className={`stats-chip${on ? ' stats-chip--on' : ''}`} hoverClass='stats-chip--pressed' onClick={() => onChange(preset.period)}>
              {preset.text}
            </View>
          )
        })}
      </View>
      <Stepper label='从' month={period.fromMonth} onMove={(by) => onChange({ ...period, fromMonth: shiftMonth(period.fromMonth, by) })} />
      <Stepper label='到' month={period.toMonth} onMove={(by) => onChange({ ...period, toMonth: shiftMonth(period.toMonth, by) })} />
    </View>
  )
}

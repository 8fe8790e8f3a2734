// 单位考评 (行风评议 / 三服务): a card per unit with its figures in a grid of cells (a table would not fit a phone).
import { View } from '@tarojs/components'
import { formatRate } from '@core/domain/statistics'
import type { UnitAppraisalView } from '../stats-api'

export default function AppraisalTable({ appraisal }: { appraisal: UnitAppraisalView }) {
  return (
    <View className='stats-appraisal'>
      <View className='stats-appraisal__rule'>{appraisal.acceptRule}</View>
      {appraisal.units.map((unit) => {
        const cells: Array<[string, string, boolean?]> = [
          ['交办', `${unit.assigned}`],
          ['按时签收率', formatRate(unit.acceptedOnTimeRate)],
          ['按时办结率', formatRate(unit.completedOnTimeRate)],
          ['延期申请', `${unit.extensions}`],
          ['退回', `${unit.returns}`],
          ['满意率', formatRate(unit.satisfactionRate)],
          ['当前超期', `${unit.overdueNow}`, unit.overdueNow > 0],
        ]
        return (
          <View key={unit.unitId} className='stats-unit'>
            <View className='stats-unit__name'>{unit.name}</View>
            <View className='stats-unit__cells'>
              {cells.map(([label, value, alarm]) => (
                <View key={label} className={`stats-unit__cell${alarm ? ' stats-unit__cell--alarm' : ''}`}>
                  <View className='stats-unit__value'>{value}</View>
                  <View className='stats-unit__label'>{label}</View>
                </View>
              ))}
            </View>
          </View>
        )
      })}
    </View>
  )
}

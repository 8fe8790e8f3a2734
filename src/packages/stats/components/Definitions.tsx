// 统计口径: what every figure counts, as defined in src/core/domain/statistics.ts.
import { View } from '@tarojs/components'
import type { Definition } from '@core/domain/statistics'

export default function Definitions({ basis, definitions }: { basis: string; definitions: readonly Definition[] }) {
  return (
    <View className='stats-definitions'>
      <View className='stats-definitions__basis'>{basis}</View>
      {definitions.map((d) => (
        <View key={d.key} className='stats-definitions__item'>
          <View className='stats-definitions__label'>{d.label}</View>
          <View className='stats-definitions__text'>{d.definition}</View>
        </View>
      ))}
    </View>
  )
}

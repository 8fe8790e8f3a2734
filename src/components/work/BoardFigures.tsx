// 公示栏's figures: the community's headline of the last 12 months (收到、结案、结案率、按时办结率、满意率), computed by
// supervision.getBoardFigures from the same counters and definitions as the dashboard. Nothing personal.
import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { formatRate } from '@core/domain/statistics'
import type { BoardFiguresView } from '@core/contracts/statistics-views'
import { cloudApi } from '@/services/cloud-api'
import './BoardFigures.scss'

export default function BoardFigures({ communityId }: { communityId?: string }) {
  const [figures, setFigures] = useState<BoardFiguresView>()
  useEffect(() => {
    if (!communityId) return
    let live = true
    void cloudApi.callFunction<BoardFiguresView>('supervision', 'getBoardFigures', { communityId }).then((answer) => {
      if (live && answer.ok) setFigures(answer.data)
    })
    return () => { live = false }
  }, [communityId])
  if (!figures) return null
  const cells: Array<[string, string]> = [
    ['收到', `${figures.received}件`],
    ['结案', `${figures.closed}件`],
    ['结案率', formatRate(figures.closureRate)],
    ['按时办结率', formatRate(figures.onTimeRate)],
    ['满意率', formatRate(figures.satisfactionRate)],
  ]
  return (
    <View className='board-figures'>
      <View className='board-figures__title'>近12个月办理情况</View>
      <View className='board-figures__cells'>
        {cells.map(([label, value]) => (
          <View key={label} className='board-figures__cell'>
            <View className='board-figures__value'>{value}</View>
            <View className='board-figures__label'>{label}</View>
          </View>
        ))}
      </View>
      <View className='board-figures__note'>超期未办结的算超期；未评价的不算满意。</View>
    </View>
  )
}

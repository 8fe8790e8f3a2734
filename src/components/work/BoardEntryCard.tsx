// One published result on the 公示栏: category, who raised it (masked or 匿名), what it was about, what was done,
// when it was published (Shanghai time) and the rating once given. The petitioner gets a button to their case page.
import { View } from '@tarojs/components'
import type { BoardEntry } from '@core/contracts/views'
import { formatShanghaiTime } from '@/services/time'
import BigButton from '../BigButton'
import './BoardEntryCard.scss'

interface Props {
  entry: BoardEntry
  /** The caller raised this case: offer 这是我说的事，去评价. */
  mine?: boolean
  /** Set when the caller may open the case page (tapping the entry, or the petitioner's button). */
  onOpen?: (caseId: string) => void
}

export default function BoardEntryCard({ entry, mine = false, onOpen }: Props) {
  const tappable = Boolean(onOpen) && !mine
  return (
    <View
      className='board-entry'
      hoverClass={tappable ? 'board-entry--pressed' : 'none'}
      onClick={() => {
        if (tappable) onOpen?.(entry.id)
      }}
    >
      <View className='board-entry__head'>
        <View className='board-entry__category'>{entry.categoryLabel ?? '其他'}</View>
        <View className='board-entry__who'>说事人：{entry.petitionerName}</View>
      </View>
      <View className='board-entry__summary'>{entry.summary}</View>
      <View className='board-entry__result'>
        <View className='board-entry__label'>办理结果</View>
        <View className='board-entry__result-text'>{entry.publishedResult}</View>
      </View>
      {entry.unitName ? <View className='board-entry__unit'>承办单位：{entry.unitName}</View> : null}
      <View className={`board-entry__rating${entry.rating ? '' : ' board-entry__rating--waiting'}`}>{entry.rating ? `说事人评价：${entry.rating}` : '等待说事人评价'}</View>
      <View className='board-entry__meta'>
        公示于 {formatShanghaiTime(entry.publishedAt)} · 编号 {entry.caseNo}
      </View>
      {mine && onOpen ? <BigButton kind='secondary' text={entry.rating ? '这是我说的事，去看看' : '这是我说的事，去评价'} onClick={() => onOpen(entry.id)} /> : null}
    </View>
  )
}

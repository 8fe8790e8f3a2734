// 待办事项 for staff, grid workers, handlers and supervisors. The server decides the scope from the caller's role.
// Each card counts down to its deadline; at a desk (≥ 1024 px) the chosen case opens beside the list.
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import BigButton from '@/components/BigButton'
import CaseCard from '@/components/CaseCard'
import StatusMessage from '@/components/StatusMessage'
import DeskLayout from '@/components/work/DeskLayout'
import { ensureSession } from '@/components/work/ensure-session'
import WorkReminders from '@/components/work/WorkReminders'
import { useDeskWidth } from '@/components/work/desk-width'
import { useOpenCase } from '@/components/work/use-open-case'
import { useShuoshiStore } from '@/stores'
import { workQueueTitle } from '@/stores/selectors'
import type { QueueTab } from '@/stores/types'
import './index.scss'

const GROUPS: { group: QueueTab; label: string }[] = [
  { group: 'open', label: '未办结' },
  { group: 'urgent', label: '紧急' },
  { group: 'awaitingStaff', label: '待社区处理' },
  { group: 'handling', label: '办理中' },
  { group: 'closed', label: '已结束' },
]

export default function QueuePage() {
  const queue = useShuoshiStore((state) => state.queue)
  const group = useShuoshiStore((state) => state.queueGroup)
  const role = useShuoshiStore((state) => state.user?.role)
  const chosen = useShuoshiStore((state) => state.deskCase.queue)
  const loadQueue = useShuoshiStore((state) => state.loadQueue)
  const desk = useDeskWidth()
  const open = useOpenCase('queue', desk)

  useDidShow(() => void ensureSession().then(() => loadQueue()))
  usePullDownRefresh(() => void loadQueue().then(() => Taro.stopPullDownRefresh()))

  const urgent = queue.urgent ?? []
  const first = urgent[0]?.id ?? queue.items[0]?.id
  return (
    <View className='page queue'>
      <DeskLayout view='queue' desk={desk} firstCaseId={first} onCaseChanged={() => void loadQueue()}>
        <View className='page__title'>{workQueueTitle(role) ?? '待办事项'}</View>
        <WorkReminders />
        <View className='queue__tabs'>
          {GROUPS.map((entry) => (
            <View
              key={entry.group}
              className={`queue__tab${entry.group === group ? ' queue__tab--current' : ''}`}
              onClick={() => void loadQueue({ group: entry.group })}
            >
              {entry.label}
            </View>
          ))}
        </View>
        {urgent.length > 0 ? (
          <View className='queue__urgent'>
            <View className='queue__urgent-title'>紧急事项 {urgent.length} 件{queue.moreUrgent ? '以上' : ''}，请优先处置</View>
            {urgent.map((item) => (
              <CaseCard key={item.id} item={item} onOpen={open} worker selected={desk && item.id === chosen} />
            ))}
            {queue.moreUrgent ? (
              <View className='queue__urgent-all' onClick={() => void loadQueue({ group: 'urgent' })}>看全部紧急事项 ›</View>
            ) : null}
          </View>
        ) : null}
        {queue.items.map((item) => (
          <CaseCard key={item.id} item={item} onOpen={open} worker selected={desk && item.id === chosen} />
        ))}
        <StatusMessage
          loading={queue.loading && queue.items.length === 0}
          error={queue.error}
          empty={queue.loaded && queue.items.length === 0 && urgent.length === 0 ? '这里没有事项' : undefined}
          onRetry={() => void loadQueue()}
        />
        {queue.nextCursor ? <BigButton kind='plain' text={queue.loading ? '正在加载…' : '看更多'} onClick={() => void loadQueue({ more: true })} /> : null}
      </DeskLayout>
    </View>
  )
}

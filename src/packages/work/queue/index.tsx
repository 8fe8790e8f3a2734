// 待办事项 for staff, grid workers, handlers and supervisors. The server decides the scope from the caller's role.
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { StatusGroup } from '@core/domain/case-status'
import BigButton from '@/components/BigButton'
import CaseCard from '@/components/CaseCard'
import StatusMessage from '@/components/StatusMessage'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import { workQueueTitle } from '@/stores/selectors'
import './index.scss'

const GROUPS: { group: StatusGroup; label: string }[] = [
  { group: 'open', label: '未办结' },
  { group: 'awaitingStaff', label: '待社区处理' },
  { group: 'handling', label: '办理中' },
  { group: 'closed', label: '已结束' },
]

export default function QueuePage() {
  const queue = useShuoshiStore((state) => state.queue)
  const group = useShuoshiStore((state) => state.queueGroup)
  const role = useShuoshiStore((state) => state.user?.role)
  const loadQueue = useShuoshiStore((state) => state.loadQueue)

  useDidShow(() => void loadQueue())
  usePullDownRefresh(() => void loadQueue().then(() => Taro.stopPullDownRefresh()))

  const open = (caseId: string) => void Taro.navigateTo({ url: ROUTES.caseDetail(caseId) })
  return (
    <View className='page queue'>
      <View className='page__title'>{workQueueTitle(role) ?? '待办事项'}</View>
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
      {queue.urgent && queue.urgent.length > 0 ? (
        <View className='queue__urgent'>
          <View className='queue__urgent-title'>紧急事项 {queue.urgent.length} 件，请优先处置</View>
          {queue.urgent.map((item) => (
            <CaseCard key={item.id} item={item} onOpen={open} />
          ))}
        </View>
      ) : null}
      {queue.items.map((item) => (
        <CaseCard key={item.id} item={item} onOpen={open} />
      ))}
      <StatusMessage
        loading={queue.loading && queue.items.length === 0}
        error={queue.error}
        empty={queue.loaded && queue.items.length === 0 ? '这里没有事项' : undefined}
        onRetry={() => void loadQueue()}
      />
      {queue.nextCursor ? <BigButton kind='plain' text={queue.loading ? '正在加载…' : '看更多'} onClick={() => void loadQueue({ more: true })} /> : null}
    </View>
  )
}

// 消息中心: every notice the caller received (newest first), whether or not WeChat could push it.
// Tap one: it is marked read and, when it is about a case, the case opens.
import Taro, { useLoad, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import BigButton from '@/components/BigButton'
import StatusMessage from '@/components/StatusMessage'
import { ROUTES } from '@/services/routes'
import { formatShanghaiShort } from '@/services/time'
import { useShuoshiStore } from '@/stores'
import type { InboxItem } from '@/stores/types'
import './index.scss'

export default function InboxPage() {
  const inbox = useShuoshiStore((state) => state.inbox)
  const loadInbox = useShuoshiStore((state) => state.loadInbox)
  const markNoticeRead = useShuoshiStore((state) => state.markNoticeRead)

  useLoad(() => void loadInbox())
  usePullDownRefresh(() => void loadInbox().then(() => Taro.stopPullDownRefresh()))

  const open = (item: InboxItem) => {
    void markNoticeRead(item.id)
    if (item.caseId) void Taro.navigateTo({ url: ROUTES.caseDetail(item.caseId) })
  }

  return (
    <View className='page inbox'>
      <View className='page__title'>消息中心</View>
      {inbox.loaded ? <View className='inbox__summary'>{inbox.unread > 0 ? `${inbox.unread} 条未读` : '消息都看过了'}</View> : null}
      {inbox.items.map((item) => (
        <View key={item.id} className={`notice${item.read ? '' : ' notice--unread'}`} hoverClass='notice--pressed' onClick={() => open(item)}>
          <View className='notice__head'>
            {item.read ? null : <View className='notice__badge'>未读</View>}
            <View className='notice__title'>{item.title}</View>
          </View>
          <View className='notice__body'>{item.body}</View>
          <View className='notice__foot'>
            <View className='notice__time'>{formatShanghaiShort(item.createdAt)}</View>
            {item.caseId ? <View className='notice__more'>查看详情 ›</View> : null}
          </View>
        </View>
      ))}
      <StatusMessage
        loading={inbox.loading && inbox.items.length === 0}
        error={inbox.error}
        empty={inbox.loaded && inbox.items.length === 0 ? '还没有消息。您说的事有进展时，会在这里告诉您。' : undefined}
        onRetry={() => void loadInbox()}
      />
      {inbox.nextCursor ? <BigButton kind='plain' text={inbox.loading ? '正在加载…' : '加载更多'} onClick={() => void loadInbox({ more: true })} /> : null}
    </View>
  )
}

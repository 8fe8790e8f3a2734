// 议事安排: the community's meetings — 待召开 (earliest first), 已召开 (awaiting minutes), 已公示 — for staff,
// supervisors and grid workers; staff schedule a new one here. A tap opens the meeting page.
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { MeetingListView } from '@core/contracts/meeting-inputs'
import BigButton from '@/components/BigButton'
import StatusMessage from '@/components/StatusMessage'
import MeetingCard from '@/components/meeting/MeetingCard'
import MeetingCreateForm from '@/components/meeting/MeetingCreateForm'
import { ensureSession } from '@/components/work/ensure-session'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import '@/components/meeting/meeting.scss'

const TABS: Array<{ view: MeetingListView; text: string; empty: string }> = [
  { view: 'upcoming', text: '待召开', empty: '近期没有安排会议' },
  { view: 'held', text: '已召开', empty: '没有待公示纪要的会议' },
  { view: 'minuted', text: '已公示', empty: '还没有公示的会议纪要' },
]

export default function MeetingsPage() {
  const list = useShuoshiStore((state) => state.meetingList)
  const role = useShuoshiStore((state) => state.user?.role)
  const loadMeetings = useShuoshiStore((state) => state.loadMeetings)
  const [creating, setCreating] = useState(false)
  const open = (id: string) => void Taro.navigateTo({ url: ROUTES.meeting(id) })

  useDidShow(() => void ensureSession().then(() => loadMeetings(list.view)))
  usePullDownRefresh(() => void loadMeetings(list.view).then(() => Taro.stopPullDownRefresh()))

  const tab = TABS.find((t) => t.view === list.view) ?? TABS[0]
  return (
    <View className='page meetings'>
      <View className='page__title'>议事安排</View>
      {role === 'staff' || role === 'admin' ? (
        creating ? (
          <MeetingCreateForm onCreated={(id) => (setCreating(false), open(id))} onCancel={() => setCreating(false)} />
        ) : (
          <BigButton text='安排议事会' hint='议事会、逢五说事、定题说事' onClick={() => setCreating(true)} />
        )
      ) : null}
      <View className='meeting-tabs'>
        {TABS.map((t) => (
          <View key={t.view} className={`meeting-tab${t.view === list.view ? ' meeting-tab--active' : ''}`} onClick={() => void loadMeetings(t.view)}>
            {t.text}
          </View>
        ))}
      </View>
      {list.items.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} onOpen={open} />
      ))}
      <StatusMessage
        loading={list.loading && list.items.length === 0}
        error={list.error}
        empty={list.loaded && list.items.length === 0 ? tab.empty : undefined}
        onRetry={() => void loadMeetings(list.view)}
      />
      {list.nextCursor ? <BigButton kind='plain' text={list.loading ? '正在加载…' : '看更多'} onClick={() => void loadMeetings(list.view, { more: true })} /> : null}
      <BigButton kind='secondary' text='议题一览' hint='待上会和已议定的事项' onClick={() => void Taro.navigateTo({ url: ROUTES.agenda })} />
    </View>
  )
}

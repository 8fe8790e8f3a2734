// A meeting in a list: kind, title, when and where, status, how many items are decided. Tap to open.
import { View } from '@tarojs/components'
import type { MeetingSummary } from '@core/contracts/meeting-views'
import { meetingDayLabel } from '@core/domain/meeting'
import './meeting.scss'

export default function MeetingCard({ meeting, onOpen }: { meeting: MeetingSummary; onOpen: (id: string) => void }) {
  return (
    <View className='meeting-card' hoverClass='meeting-card--pressed' onClick={() => onOpen(meeting.id)}>
      <View className='meeting-card__top'>
        <View className={`meeting-tag meeting-tag--${meeting.kind}`}>{meeting.kindLabel}</View>
        <View className='meeting-card__status'>{meeting.statusLabel}</View>
      </View>
      <View className='meeting-card__title'>{meeting.title}</View>
      <View className='meeting-card__line'>
        {meetingDayLabel(meeting.date)} {meeting.time} · {meeting.place}
      </View>
      <View className='meeting-card__line'>
        议题 {meeting.itemCount} 个，已议定 {meeting.decidedCount} 个 · 参会 {meeting.participantCount} 人{meeting.hostName ? ` · 主持：${meeting.hostName}` : ''}
      </View>
    </View>
  )
}

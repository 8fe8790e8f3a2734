// The case's record (记录簿): every step taken, by whom, when (Shanghai time), with what it set (category, unit,
// deadline, decision, result, rating …), the note, and the photos and recordings (playable).
import { View } from '@tarojs/components'
import type { CaseEvent } from '@core/domain/case'
import { ROLE_LABELS } from '@core/domain/roles'
import { ACTION_LABELS } from '@core/domain/transitions'
import { formatShanghaiTime } from '@/services/time'
import { eventDetails } from './case/event-details'
import CaseAttachments from './CaseAttachments'
import './Timeline.scss'

export default function Timeline({ events }: { events: CaseEvent[] }) {
  return (
    <View className='timeline'>
      {events.map((event) => (
        <View key={event.id} className='timeline__event'>
          <View className='timeline__time'>{formatShanghaiTime(event.at)}</View>
          <View className='timeline__action'>{ACTION_LABELS[event.action] ?? event.action}</View>
          <View className='timeline__actor'>
            {event.actorName}（{ROLE_LABELS[event.actorRole] ?? event.actorRole}）
          </View>
          {eventDetails(event).map((line) => (
            <View key={line} className='timeline__detail'>
              {line}
            </View>
          ))}
          {event.note ? <View className='timeline__note'>{event.note}</View> : null}
          {event.action !== 'submit' ? <CaseAttachments attachments={event.attachments} /> : null}
        </View>
      ))}
    </View>
  )
}

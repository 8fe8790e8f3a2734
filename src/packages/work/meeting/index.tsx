// The meeting page (议事会): when and where, who hosts; the check-in code (organisers) or 我来签到 (participants);
// the participants and the attendance sheet; the agenda with each item's minutes form (a 定题说事 item with the
// topic's tally); held / publish / cancel.
// Opened with ?id=…, or on WeChat by scanning the meeting's code (?scene=<id><code>), which checks the participant in.
import { useDidShow, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { meetingDayLabel } from '@core/domain/meeting'
import { readCheckInScene } from '@core/ports/check-in-codes'
import StatusMessage from '@/components/StatusMessage'
import AgendaItems from '@/components/meeting/AgendaItems'
import CheckInPanel from '@/components/meeting/CheckInPanel'
import MeetingActions from '@/components/meeting/MeetingActions'
import ParticipantSheet from '@/components/meeting/ParticipantSheet'
import { ensureSession } from '@/components/work/ensure-session'
import { useShuoshiStore } from '@/stores'
import '@/components/meeting/meeting.scss'
import AddTopicItem from './AddTopicItem'
import TopicItemTally from './TopicItemTally'

export default function MeetingPage() {
  const { params } = useRouter()
  const scanned = params.scene ? readCheckInScene(params.scene) : undefined
  const meetingId = scanned?.meetingId ?? params.id ?? ''
  const open = useShuoshiStore((state) => state.openMeeting)
  const loadMeeting = useShuoshiStore((state) => state.loadMeeting)

  useDidShow(() => void ensureSession().then(() => loadMeeting(meetingId)))

  const meeting = open.id === meetingId ? open.view : undefined
  if (!meeting) {
    return (
      <View className='page meeting'>
        <StatusMessage loading={open.loading} error={open.error} onRetry={() => void loadMeeting(meetingId)} />
      </View>
    )
  }
  return (
    <View className='page meeting'>
      <View className='meeting-header'>
        <View className={`meeting-tag meeting-tag--${meeting.kind}`}>{meeting.kindLabel}</View>
        <View className='meeting-header__title'>{meeting.title}</View>
        <View className='meeting-header__line'>
          时间：{meetingDayLabel(meeting.date)} {meeting.time}
        </View>
        <View className='meeting-header__line'>地点：{meeting.place}</View>
        {meeting.hostName ? <View className='meeting-header__line'>主持：{meeting.hostName}</View> : null}
        <View className='meeting-header__status'>{meeting.statusLabel}</View>
        {meeting.cancelReason ? <View className='meeting-header__line'>取消原因：{meeting.cancelReason}</View> : null}
      </View>
      <CheckInPanel meeting={meeting} scannedCode={scanned?.code} />
      <ParticipantSheet meeting={meeting} />
      <AgendaItems meeting={meeting} extra={(item) => (item.kind === 'topic' ? <TopicItemTally topicId={item.topicId} /> : null)} />
      {meeting.allowedActions.includes('addAgendaItem') ? <AddTopicItem /> : null}
      <MeetingActions meeting={meeting} />
    </View>
  )
}

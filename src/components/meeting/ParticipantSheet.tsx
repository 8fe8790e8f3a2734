// 参会人员和签到表: each participant with their part and attendance; organisers tick 到 / 缺 and add people.
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { MeetingView } from '@core/contracts/meeting-views'
import { ATTENDANCE_LABELS, PARTICIPANT_PART_LABELS, PARTICIPANT_PARTS, type ParticipantPart } from '@core/domain/meeting'
import { useShuoshiStore } from '@/stores'
import { MeetingChips, MeetingFormButtons, MeetingText } from './fields'
import './meeting.scss'

export default function ParticipantSheet({ meeting }: { meeting: MeetingView }) {
  const changeMeeting = useShuoshiStore((state) => state.changeMeeting)
  const busy = useShuoshiStore((state) => state.openMeeting.busy)
  const error = useShuoshiStore((state) => (state.openMeeting.failed === 'addParticipant' ? state.openMeeting.error : undefined))
  const attendanceError = useShuoshiStore((state) => (state.openMeeting.failed === 'recordAttendance' ? state.openMeeting.error : undefined))
  const [adding, setAdding] = useState(false)
  const [part, setPart] = useState<ParticipantPart>('residentRepresentative')
  const [name, setName] = useState('')
  const may = (action: string) => meeting.allowedActions.includes(action)
  const add = async () => {
    const answer = await changeMeeting('addParticipant', { part, name: name.trim() })
    if (answer.ok) {
      setName('')
      setAdding(false)
    }
  }
  return (
    <View className='meeting-section'>
      <View className='meeting-section__title'>参会人员（{meeting.participants.length}）</View>
      {attendanceError ? <View className='error-text'>{attendanceError}</View> : null}
      {meeting.participants.length === 0 ? <View className='meeting-note'>还没有参会人员</View> : null}
      {meeting.participants.map((p) => (
        <View key={p.id} className='meeting-person'>
          <View className='meeting-person__who'>
            <View className='meeting-person__name'>{p.name}</View>
            <View className='meeting-person__part'>{p.partLabel}</View>
          </View>
          {may('recordAttendance') ? (
            <View className='meeting-person__marks'>
              {(['present', 'absent'] as const).map((attendance) => (
                <View
                  key={attendance}
                  className={`meeting-mark${p.attendance === attendance ? ` meeting-mark--${attendance}` : ''}`}
                  hoverClass='meeting-mark--pressed'
                  onClick={() => void changeMeeting('recordAttendance', { participantId: p.id, attendance })}
                >
                  {attendance === 'present' ? '到' : '缺'}
                </View>
              ))}
            </View>
          ) : (
            <View className={`meeting-person__attendance meeting-person__attendance--${p.attendance ?? 'none'}`}>{p.attendance ? ATTENDANCE_LABELS[p.attendance] : '未签到'}</View>
          )}
        </View>
      ))}
      {may('addParticipant') && !adding ? (
        <View className='action-chip action-chip--add' onClick={() => setAdding(true)}>
          + 添加参会人
        </View>
      ) : null}
      {adding ? (
        <View className='action-form'>
          <MeetingChips label='参会身份' choices={PARTICIPANT_PARTS.map((p) => ({ value: p, text: PARTICIPANT_PART_LABELS[p] }))} value={part} onChange={setPart} />
          <MeetingText label='姓名' value={name} onChange={setName} />
          <MeetingFormButtons submitText='添加' busy={busy === 'addParticipant'} error={error} onSubmit={() => void add()} onCancel={() => setAdding(false)} />
        </View>
      ) : null}
    </View>
  )
}

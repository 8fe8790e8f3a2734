// The meeting's own steps for organisers: 会议已召开 (on or after the day), 公示纪要 (once every item is decided), 取消 with a reason.
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { MeetingView } from '@core/contracts/meeting-views'
import BigButton from '@/components/BigButton'
import { useShuoshiStore } from '@/stores'
import { MeetingFormButtons, MeetingText } from './fields'

export default function MeetingActions({ meeting }: { meeting: MeetingView }) {
  const changeMeeting = useShuoshiStore((state) => state.changeMeeting)
  const busy = useShuoshiStore((state) => state.openMeeting.busy)
  const failed = useShuoshiStore((state) => state.openMeeting.failed)
  const error = useShuoshiStore((state) => state.openMeeting.error)
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState('')
  const may = (action: string) => meeting.allowedActions.includes(action)
  return (
    <View className='meeting-section'>
      {error && failed && ['markHeld', 'publishMinutes'].includes(failed) ? <View className='error-text'>{error}</View> : null}
      {may('markHeld') ? <BigButton text={busy === 'markHeld' ? '正在提交…' : '会议已召开'} hint='未签到的参会人记为缺席' onClick={() => void changeMeeting('markHeld', {})} /> : null}
      {may('publishMinutes') ? <BigButton text={busy === 'publishMinutes' ? '正在提交…' : '公示纪要'} hint='各议题决议在公示栏公示，隐去个人信息' onClick={() => void changeMeeting('publishMinutes', {})} /> : null}
      {may('cancelMeeting') && !cancelling ? <BigButton kind='plain' text='取消这次会议' onClick={() => setCancelling(true)} /> : null}
      {cancelling ? (
        <View className='action-form'>
          <View className='action-form__title'>取消会议</View>
          <MeetingText label='取消原因' value={reason} onChange={setReason} />
          <MeetingFormButtons submitText='确认取消' busy={busy === 'cancelMeeting'} error={failed === 'cancelMeeting' ? error : undefined} onSubmit={() => void changeMeeting('cancelMeeting', { reason: reason.trim() }).then((a) => a.ok && setCancelling(false))} onCancel={() => setCancelling(false)} />
        </View>
      ) : null}
    </View>
  )
}

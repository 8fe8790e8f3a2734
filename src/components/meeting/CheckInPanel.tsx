// 签到: organisers see the code participants check in with (on WeChat also the mini-program code to scan);
// a participant on the list types the code (or arrives by scanning, which fills it in).
import { Image, View } from '@tarojs/components'
import { useState } from 'react'
import type { MeetingView } from '@core/contracts/meeting-views'
import { useShuoshiStore } from '@/stores'
import { MeetingFormButtons, MeetingText } from './fields'
import './meeting.scss'

export default function CheckInPanel({ meeting, scannedCode }: { meeting: MeetingView; scannedCode?: string }) {
  const changeMeeting = useShuoshiStore((state) => state.changeMeeting)
  const busy = useShuoshiStore((state) => state.openMeeting.busy === 'checkIn')
  const error = useShuoshiStore((state) => (state.openMeeting.failed === 'checkIn' ? state.openMeeting.error : undefined))
  const [code, setCode] = useState(scannedCode ?? '')
  if (meeting.checkInCode) {
    return (
      <View className='meeting-section meeting-checkin'>
        <View className='meeting-section__title'>签到码</View>
        <View className='meeting-checkin__code'>{meeting.checkInCode}</View>
        {meeting.checkInPicture ? <Image className='meeting-checkin__picture' src={meeting.checkInPicture} mode='aspectFit' /> : null}
        <View className='meeting-note'>参会人在“议事会”页面输入签到码{meeting.checkInPicture ? '，或用微信扫一扫上面的小程序码' : ''}即可签到</View>
      </View>
    )
  }
  if (!meeting.mayCheckIn) return null
  return (
    <View className='meeting-section meeting-checkin'>
      <View className='meeting-section__title'>我来签到</View>
      <MeetingText label='签到码（现场公布的6位数字）' type='number' value={code} onChange={setCode} />
      <MeetingFormButtons submitText='签到' busy={busy} error={error} onSubmit={() => void changeMeeting('checkIn', { code: code.trim() })} />
    </View>
  )
}

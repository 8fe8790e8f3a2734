// The meeting a case is discussed at: its name (from the 列入议事会 event) and a link to the meeting page, where the
// petitioner sees the agenda, who came and the decision.
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CaseEvent } from '@core/domain/case'
import { ROUTES } from '@/services/routes'

export function meetingTitle(timeline: CaseEvent[]): string | undefined {
  const event = [...timeline].reverse().find((e) => e.action === 'putOnAgenda')
  const title = event?.data?.meetingTitle
  const time = event?.data?.meetingTime
  return typeof title === 'string' ? `${title}${typeof time === 'string' ? ` ${time}` : ''}` : undefined
}

export default function MeetingLink({ meetingId }: { meetingId: string }) {
  return (
    <View className='case-block__link' onClick={() => void Taro.navigateTo({ url: ROUTES.meeting(meetingId) })}>
      查看议事会 ›
    </View>
  )
}

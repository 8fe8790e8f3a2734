// 公示栏: the community's published 议事会 minutes — each meeting's items and decisions, the units and deadlines,
// how many came; no names (personal data never reaches the board).
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { meetingDayLabel } from '@core/domain/meeting'
import { useShuoshiStore } from '@/stores'
import './BoardMinutes.scss'

export default function BoardMinutes() {
  const minutes = useShuoshiStore((state) => state.boardMinutes)
  const loadBoardMinutes = useShuoshiStore((state) => state.loadBoardMinutes)
  const userId = useShuoshiStore((state) => state.user?.userId)
  useEffect(() => void loadBoardMinutes(), [loadBoardMinutes, userId])
  if (minutes.length === 0) return null
  return (
    <View className='board-minutes'>
      <View className='board-minutes__heading'>议事纪要</View>
      {minutes.map((meeting) => (
        <View key={meeting.id} className='board-minutes__meeting'>
          <View className='board-minutes__title'>
            {meeting.title}（{meetingDayLabel(meeting.date)}，{meeting.place}）
          </View>
          <View className='board-minutes__attendance'>
            到会 {meeting.attendance.present} 人{meeting.attendance.absent > 0 ? `，缺席 ${meeting.attendance.absent} 人` : ''}
          </View>
          {meeting.items.map((item, index) => (
            <View key={index} className='board-minutes__item'>
              <View className='board-minutes__item-title'>
                {index + 1}. {item.title}
              </View>
              <View className='board-minutes__decision'>决议：{item.decision}</View>
              {item.unitNames.length > 0 ? (
                <View className='board-minutes__unit'>
                  承办：{item.unitNames.join('、')}
                  {item.workingDays ? `，${item.workingDays}个工作日内办结` : ''}
                </View>
              ) : null}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

// 说事厅: where and when to come in person, and the hotline (tap to call).
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CommunityInfo } from '@/stores/types'
import './HallInfo.scss'

const DEFAULT_DAYS = [5, 15, 25]

export function receptionDaysText(days: CommunityInfo['receptionDays']): string {
  if (typeof days === 'string' && days.trim() !== '') return days
  const list = Array.isArray(days) && days.length > 0 ? days : DEFAULT_DAYS
  return `每月${list.map((day) => `${day}日`).join('、')}`
}

export function hallText(hall: CommunityInfo['hall']): string | undefined {
  if (!hall) return undefined
  if (typeof hall === 'string') return hall
  return [hall.name, hall.address].filter(Boolean).join('，') || undefined
}

export default function HallInfo({ community }: { community: CommunityInfo }) {
  const hall = hallText(community.hall)
  return (
    <View className='hall-info'>
      <View className='hall-info__row'>
        <View className='hall-info__label'>逢五说事</View>
        <View className='hall-info__value'>{receptionDaysText(community.receptionDays)}</View>
      </View>
      {hall ? (
        <View className='hall-info__row'>
          <View className='hall-info__label'>说事厅</View>
          <View className='hall-info__value'>{hall}</View>
        </View>
      ) : null}
      {community.hotline ? (
        <View className='hall-info__row hall-info__row--call' hoverClass='hall-info__row--pressed' onClick={() => Taro.makePhoneCall({ phoneNumber: community.hotline as string })}>
          <View className='hall-info__label'>说事热线</View>
          <View className='hall-info__value hall-info__hotline'>{community.hotline}（点我拨打）</View>
        </View>
      ) : null}
    </View>
  )
}

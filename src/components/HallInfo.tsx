// 说事厅: where and when to come in person, and the hotline (tap to call).
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CommunityInfo } from '@/stores/types'
import './HallInfo.scss'

/** The reception days as the community wrote them; 逢五说事 (the 5th, 15th and 25th) when it has not said. */
export function receptionDaysText(days: string | undefined): string {
  return days?.trim() || '每月5日、15日、25日（逢五说事）'
}

export default function HallInfo({ community }: { community: CommunityInfo }) {
  const hall = community.hall?.trim()
  return (
    <View className='hall-info'>
      <View className='hall-info__row'>
        <View className='hall-info__label'>说事日</View>
        <View className='hall-info__value'>{receptionDaysText(community.receptionDays)}</View>
      </View>
      {hall ? (
        <View className='hall-info__row'>
          <View className='hall-info__label'>说事厅</View>
          <View className='hall-info__value'>{hall}</View>
        </View>
      ) : null}
      {community.hotline ? (
        <View className='hall-info__row hall-info__row--call' hoverClass='hall-info__row--pressed' onClick={() => Taro.makePhoneCall({ phoneNumber: community.hotline })}>
          <View className='hall-info__label'>说事热线</View>
          <View className='hall-info__value hall-info__hotline'>{community.hotline}（点我拨打）</View>
        </View>
      ) : null}
    </View>
  )
}

// 说事人 for those who handle the case: name, room and phone unmasked, with tap-to-call.
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CaseView } from '@core/contracts/views'
import { CHANNEL_LABELS } from '@core/domain/case'

export default function PetitionerContact({ item }: { item: CaseView }) {
  const { name, phone, room } = item.petitioner
  const call = () => {
    if (phone) void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
  }
  return (
    <View className='case-block'>
      <View className='case-block__title'>说事人</View>
      <View className='case-block__line'>
        {name}
        {item.anonymous ? '（公示时匿名）' : ''} · {CHANNEL_LABELS[item.channel]}
      </View>
      {room ? <View className='case-block__line'>门牌：{room}</View> : null}
      {phone ? (
        <View className='case-block__call' hoverClass='case-block__call--pressed' onClick={call}>
          拨打 {phone}
        </View>
      ) : (
        <View className='case-block__line case-block__line--muted'>没有留电话</View>
      )}
    </View>
  )
}

// 公示栏 (being built).
import { View } from '@tarojs/components'

export default function Page() {
  return <View className='page'>公示栏</View>
}

// 议事会 (being built).
import { View } from '@tarojs/components'

export default function Page() {
  return <View className='page'>议事会</View>
}
